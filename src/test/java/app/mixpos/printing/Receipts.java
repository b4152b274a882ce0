package app.mixpos.printing;

import app.mixpos.sale.Amount;
import app.mixpos.sale.Outcome;
import app.mixpos.sale.QuoteAsset;
import app.mixpos.sale.SurplusStatus;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

/** Receipts for tests. */
final class Receipts {

    static final String EXPLORER = "https://etherscan.io/tx/0x5f2c0a3b9d1e4f6a7b8c9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c";
    static final UUID TRACE = UUID.fromString("8e69e534-d0c4-3e04-8b61-37a73cd9e7d7");

    private Receipts() {
    }

    static Receipt paidWithSurplus() {
        return new Receipt("Corner Café", List.of("12 Market Street", "Springfield"),
                ZonedDateTime.of(2026, 12, 2, 14, 3, 1, 0, ZoneId.of("Europe/Berlin")), "T7K2M-261202-140301-9QX4M",
                new Amount(new BigDecimal("12.50"), QuoteAsset.USD), new BigDecimal("13.500131"), "USDT",
                Outcome.PAID_SURPLUS, TRACE, "0x5f2c0a3b9d1e4f6a7b8c9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c",
                EXPLORER, new BigDecimal("1.000010"), SurplusStatus.SUCCESS, false);
    }

    static Receipt paidWithoutTransaction() {
        return new Receipt("Corner Cafe", List.of(), ZonedDateTime.of(2026, 12, 2, 9, 0, 0, 0, ZoneId.of("UTC")),
                "T7K2M-261202-090000-AAAAA", new Amount(new BigDecimal("0.00012345"), new QuoteAsset(
                "c6d0c728-2624-429b-8e0d-d9d19b6592fa", "BTC", 8, null, null, false)), new BigDecimal("0.00012345"),
                "BTC", Outcome.PAID, TRACE, null, null, null, SurplusStatus.NO, false);
    }

    /** The same receipt from another shop. */
    static Receipt withShop(Receipt r, String name, java.util.List<String> address) {
        return new Receipt(name, address, r.at(), r.orderId(), r.amount(), r.paidAmount(), r.paidSymbol(), r.outcome(),
                r.traceId(), r.txid(), r.explorerUrl(), r.surplus(), r.surplusStatus(), r.copy());
    }
}
