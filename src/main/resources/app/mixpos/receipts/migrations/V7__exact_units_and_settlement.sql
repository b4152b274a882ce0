-- The receipt log, version 7: what customers paid also as exact integers, so reports sum it from an index alone
-- without sorting; and what MixPay says about settling each sale to the merchant.
-- settle_status ('success', 'pending', another word MixPay may send; NULL before MixPay said anything), settle_amount
-- (exact decimal text; NULL while pending: MixPay sends empty strings then), settle_symbol, settle_asset_id: the last
-- payments_result's settleStatus, settleAmount, settleSymbol and settleAsset.
-- <x>_units and <x>_scale for x in payment, surplus, settle: the decimal text <x>_amount as an integer and its number
-- of decimals (12.50 is 1250 and 2), so the value is exactly <x>_units / 10^<x>_scale. Both are NULL when the text is;
-- <x>_units alone is NULL when the value does not fit 64 bits (here, for rows already in the log: more than 18
-- significant digits) or is negative: reports add those few from their text instead. The app writes them with the
-- text; rows already in the log get them below.

ALTER TABLE sales ADD COLUMN payment_units INTEGER;
ALTER TABLE sales ADD COLUMN payment_scale INTEGER;
ALTER TABLE sales ADD COLUMN surplus_units INTEGER;
ALTER TABLE sales ADD COLUMN surplus_scale INTEGER;
ALTER TABLE sales ADD COLUMN settle_status TEXT;
ALTER TABLE sales ADD COLUMN settle_amount TEXT;
ALTER TABLE sales ADD COLUMN settle_symbol TEXT;
ALTER TABLE sales ADD COLUMN settle_asset_id TEXT;
ALTER TABLE sales ADD COLUMN settle_units INTEGER;
ALTER TABLE sales ADD COLUMN settle_scale INTEGER;

UPDATE sales SET
    payment_units = CASE WHEN payment_amount IS NULL OR payment_amount GLOB '*[^0-9.]*' OR payment_amount GLOB '*.*.*'
        OR NOT payment_amount GLOB '*[0-9]*' OR length(ltrim(replace(payment_amount, '.', ''), '0')) > 18 THEN NULL
        ELSE CAST(replace(payment_amount, '.', '') AS INTEGER) END,
    payment_scale = CASE WHEN payment_amount IS NULL THEN NULL WHEN instr(payment_amount, '.') > 0
        THEN length(payment_amount) - instr(payment_amount, '.') ELSE 0 END,
    surplus_units = CASE WHEN surplus_amount IS NULL OR surplus_amount GLOB '*[^0-9.]*' OR surplus_amount GLOB '*.*.*'
        OR NOT surplus_amount GLOB '*[0-9]*' OR length(ltrim(replace(surplus_amount, '.', ''), '0')) > 18 THEN NULL
        ELSE CAST(replace(surplus_amount, '.', '') AS INTEGER) END,
    surplus_scale = CASE WHEN surplus_amount IS NULL THEN NULL WHEN instr(surplus_amount, '.') > 0
        THEN length(surplus_amount) - instr(surplus_amount, '.') ELSE 0 END
WHERE payment_amount IS NOT NULL OR surplus_amount IS NOT NULL;

-- An X of a day or a range reads this one index alone, in one pass: its leading columns are every value the report
-- groups by, then created_at, so each group's sales of an interval are one contiguous run that SQLite sums without a
-- sort. The groups are found by skipping through the same index. It replaces version 6's index of the decimal texts.
DROP INDEX sales_payments;
CREATE INDEX sales_report_keys ON sales (quote_asset_id, quote_decimals, outcome, payable_symbol, surplus_status,
                                         payment_scale, surplus_scale, settle_status, settle_symbol, settle_scale,
                                         created_at, quote_symbol, amount_minor, payment_units, surplus_units,
                                         settle_units);
-- The few sales with a value that has no integer (too long for 64 bits): the report adds their texts, found here.
CREATE INDEX sales_units_missing ON sales (created_at)
    WHERE amount_minor IS NULL OR payment_units IS NULL AND payment_scale IS NOT NULL
       OR surplus_units IS NULL AND surplus_scale IS NOT NULL OR settle_units IS NULL AND settle_scale IS NOT NULL;
