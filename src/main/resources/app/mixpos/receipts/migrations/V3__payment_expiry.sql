-- The receipt log, version 3: the deadline each payment was sent to MixPay with (expiredTimestamp), as UTC
-- text like created_at. Sales recorded before version 3 were sent without one and keep it empty.
-- The hash chain over sale_events is unchanged.

ALTER TABLE sales ADD COLUMN expires_at TEXT;
