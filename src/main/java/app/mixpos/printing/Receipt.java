package app.mixpos.printing;

import app.mixpos.sale.Amount;
import app.mixpos.sale.Outcome;
import app.mixpos.sale.SurplusStatus;
import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What a customer's receipt says about one sale, as facts (no words: {@link ReceiptLayout} words them).
 *
 * @param shopAddress the address lines, possibly none
 * @param paidAmount  what the customer paid, in {@code paidSymbol}; null when MixPay reported nothing paid
 * @param txid        the blockchain transaction MixPay reported; null when it gave none
 * @param explorerUrl MixPay's block-explorer link for the transaction; null when it gave none
 * @param surplus     the overpayment MixPay refunds; null when there is none
 * @param copy        a reprint: the receipt says COPY
 */
public record Receipt(String shopName, List<String> shopAddress, ZonedDateTime at, String orderId, Amount amount,
                      BigDecimal paidAmount, String paidSymbol, Outcome outcome, UUID traceId, String txid,
                      String explorerUrl, BigDecimal surplus, SurplusStatus surplusStatus, boolean copy) {

    public Receipt {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(traceId, "traceId");
        shopName = shopName == null ? "" : shopName.strip();
        shopAddress = shopAddress == null ? List.of() : List.copyOf(shopAddress);
        txid = blankToNull(txid);
        explorerUrl = blankToNull(explorerUrl);
        surplusStatus = surplusStatus == null ? SurplusStatus.NO : surplusStatus;
    }

    /** The same receipt printed again: it says COPY. */
    public Receipt asCopy() {
        return new Receipt(shopName, shopAddress, at, orderId, amount, paidAmount, paidSymbol, outcome, traceId, txid,
                explorerUrl, surplus, surplusStatus, true);
    }

    public boolean hasSurplus() {
        return surplus != null && surplus.signum() > 0;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
