package app.mixpos.receipts;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.sale.Amount;
import app.mixpos.sale.ClosedPeriod;
import app.mixpos.sale.FailureCode;
import app.mixpos.sale.LinkMode;
import app.mixpos.sale.Outcome;
import app.mixpos.sale.OutcomeTally;
import app.mixpos.sale.PaymentStatus;
import app.mixpos.sale.PaymentTally;
import app.mixpos.sale.PeriodTally;
import app.mixpos.sale.QuoteAsset;
import app.mixpos.sale.Sale;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.sale.SaleState;
import app.mixpos.sale.SettleTally;
import app.mixpos.sale.Settlement;
import app.mixpos.sale.SurplusStatus;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The report sums the receipt log computes in SQL, against sums computed here independently over generated logs:
 * random sales in three currencies (2, 8 and 18 decimals), random outcomes arriving before and after Zs, payments,
 * surpluses and settlements at mixed scales (0 to 14 decimals) and some too long for 64-bit integers (summed from their
 * text), Zs closed at random. Each Z's sales, payments and settlements, each Z's adjustments, the Z numbers, a calendar
 * range's tallies, payments and settlements, and the telescoping of all Zs against the final state are checked.
 */
class ReportTotalsPropertiesTest {

    static final int TRIES = 60;
    private static final ZoneId ZONE = ZoneId.of("America/St_Johns");
    private static final String TILL = "P1";
    private static final Instant START = Instant.parse("2026-11-20T22:00:00Z");
    private static final List<QuoteAsset> CURRENCIES = List.of(Sales.EUR, Sales.BTC, Sales.ETH18);
    private static final List<Outcome> NEXT = List.of(Outcome.OPEN, Outcome.PAID, Outcome.PAID_SURPLUS,
            Outcome.FAILED, Outcome.MISMATCH, Outcome.CANCELLED, Outcome.PAID_AFTER_CANCEL, Outcome.VOID);

    /** One sale as this test knows it, independently of the log. */
    private static final class Known {
        final SaleSnapshot stored;
        final int zWhenCreated;
        SaleSnapshot now;
        final Map<Integer, SaleState> atZ = new HashMap<>();

        Known(SaleSnapshot stored, int zWhenCreated) {
            this.stored = stored;
            this.now = stored;
            this.zWhenCreated = zWhenCreated;
        }

        BigDecimal amount() {
            return stored.sale().amount().value();
        }

        String symbol() {
            return stored.sale().quoteAsset().symbol();
        }
    }

    @Provide
    Arbitrary<List<int[]>> logs() {
        return Arbitraries.integers().between(0, Integer.MAX_VALUE).array(int[].class).ofSize(4).list().ofMinSize(1)
                .ofMaxSize(70);
    }

    @Property(tries = TRIES)
    void zTotalsAdjustmentsAndCalendarSumsEqualIndependentSums(@ForAll("logs") List<int[]> steps) throws IOException {
        Path dir = Files.createTempDirectory("report-props");
        List<Known> sales = new ArrayList<>();
        List<ClosedPeriod> zs = new ArrayList<>();
        Instant clock = START;
        try (ReceiptLog log = ReceiptLog.open(dir.resolve("receipts.sqlite"), TILL)) {
            for (int[] step : steps) {
                clock = clock.plusSeconds(1 + step[3] % 5400);
                int op = step[0] % 10;
                if (op <= 4 || sales.isEmpty()) {
                    sales.add(new Known(log.insert(newSale(step, clock)), zs.size()));
                } else if (op <= 8) {
                    Known k = sales.get(step[1] % sales.size());
                    k.now = log.update(k.now.with(next(k.now, step, clock)), "status", "{}");
                } else {
                    ClosedPeriod z = log.closePeriod(TILL, zs.size() + 1, ZONE, clock);
                    zs.add(z);
                    for (Known k : sales) {
                        k.atZ.put(zs.size(), k.now.state());
                    }
                }
            }
            for (int n = 1; n <= zs.size(); n++) {
                ClosedPeriod z = zs.get(n - 1);
                assertThat(z.number()).isEqualTo(n);
                assertThat(log.zReport(TILL, n)).contains(z);
                assertThat(outcomeSums(z.sales())).isEqualTo(expectedSales(sales, n));
                assertThat(outcomeSums(z.adjustments())).isEqualTo(expectedAdjustments(sales, n));
                assertThat(paymentSums(z.sales().payments())).isEqualTo(expectedPayments(sales, n));
                int at = n;
                assertThat(settledSums(z.sales().settlements())).isEqualTo(expectedSettled(sales,
                        k -> k.zWhenCreated == at - 1, k -> stateAt(k, at)));
            }
            assertThat(log.zReports(TILL)).extracting(ClosedPeriod::number)
                    .containsExactlyElementsOf(Stream.iterate((long) zs.size(), i -> i > 0, i -> i - 1).toList());
            if (!zs.isEmpty()) {
                assertThat(telescoped(zs)).isEqualTo(finalState(sales, zs.size()));
            }
            Instant from = START.plusSeconds(steps.get(0)[2] % 20_000);
            Instant to = from.plusSeconds(steps.get(steps.size() - 1)[1] % 200_000);
            List<OutcomeTally> calendar = new ArrayList<>();
            log.outcomesPer(List.of(from, from.plusSeconds(3600), to.isBefore(from.plusSeconds(3600))
                    ? from.plusSeconds(3600) : to)).forEach(calendar::addAll);
            assertThat(outcomeSums(new PeriodTally(calendar, List.of())))
                    .isEqualTo(expectedCalendar(sales, from, to.isBefore(from.plusSeconds(3600)) ? from.plusSeconds(3600) : to));
            Instant end = to.isBefore(from.plusSeconds(3600)) ? from.plusSeconds(3600) : to;
            java.util.function.Predicate<Known> inRange = k -> !k.stored.sale().createdAt().isBefore(from)
                    && k.stored.sale().createdAt().isBefore(end);
            assertThat(paymentSums(log.payments(from, end))).isEqualTo(expectedPayments(sales, inRange,
                    k -> k.now.state()));
            assertThat(settledSums(log.settlements(from, end))).isEqualTo(expectedSettled(sales, inRange,
                    k -> k.now.state()));
            assertThat(log.verifyChain().isIntact()).isTrue();
        }
    }

    private static SaleSnapshot newSale(int[] step, Instant at) {
        QuoteAsset asset = CURRENCIES.get(step[2] % CURRENCIES.size());
        BigDecimal amount = BigDecimal.valueOf(1 + step[1] % 5_000_000L, Math.min(asset.decimalDigit(), 2 + step[1] % 7));
        Sale sale = new Sale("p-" + UUID.randomUUID().toString().substring(0, 13), UUID.randomUUID(),
                new Amount(amount, asset), "4d8c508b-91c5-375b-92b0-ee702ed2dac5", Sales.PAYEE, null,
                LinkMode.ONE_TIME, null, at, at.plusSeconds(900), TILL);
        return new SaleSnapshot(sale, SaleState.creating(at));
    }

    private static SaleState next(SaleSnapshot s, int[] step, Instant at) {
        Outcome outcome = NEXT.get(step[2] % NEXT.size());
        boolean paid = outcome.isPaid();
        BigDecimal payment = paid ? amount(step[3], step[1]) : null;
        SurplusStatus surplus = outcome == Outcome.PAID_SURPLUS
                ? List.of(SurplusStatus.PENDING, SurplusStatus.SENDING, SurplusStatus.SUCCESS, SurplusStatus.EXPIRED)
                        .get(step[1] % 4) : SurplusStatus.NO;
        BigDecimal surplusAmount = surplus == SurplusStatus.NO ? null : step[0] % 11 == 4
                ? new BigDecimal("98765432109876543210.0" + step[0] % 1000) : BigDecimal.valueOf(step[0] % 1000, 7);
        String symbol = List.of("USDT", "BTC", "XIN").get(step[0] % 3);
        return new SaleState(outcome, PaymentStatus.of(paid ? "success" : "unpaid"), null, payment, payment,
                paid ? symbol : null, surplusAmount, surplus, FailureCode.NONE, List.of(), at, settlement(step));
    }

    /** Mixed scales, and now and then a value too long for 64-bit units (more than 18 significant digits). */
    private static BigDecimal amount(int a, int b) {
        return switch (a % 7) {
            case 0 -> BigDecimal.valueOf(1 + a % 90_000_000L, 14);
            case 1 -> BigDecimal.valueOf(1 + a % 90_000_000L, 0);
            case 2 -> new BigDecimal("1234567890123456789012.5").add(BigDecimal.valueOf(b % 1000, 3));
            case 3 -> BigDecimal.valueOf(1 + a % 90_000_000L, 2);
            default -> BigDecimal.valueOf(1 + a % 90_000_000L, 6);
        };
    }

    /** Settled (in one of two assets, at mixed scales), pending as MixPay sends it, or nothing said. */
    private static Settlement settlement(int[] step) {
        return switch (step[1] % 4) {
            case 0 -> Settlement.NONE;
            case 1 -> new Settlement("pending", null, "", "");
            default -> new Settlement("success", amount(step[0], step[2]), step[2] % 2 == 0 ? "BTC" : "USDT",
                    step[2] % 2 == 0 ? "c6d0c728-2624-429b-8e0d-d9d19b6592fa" : "4d8c508b-91c5-375b-92b0-ee702ed2dac5");
        };
    }

    /** {@code SYMBOL OUTCOME -> "count amount"}, zero rows left out, amounts without trailing zeros. */
    private static Map<String, String> outcomeSums(PeriodTally t) {
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, BigDecimal> sums = new TreeMap<>();
        for (OutcomeTally o : t.outcomes()) {
            String key = o.symbol() + " " + o.outcome();
            counts.computeIfAbsent(key, k -> new long[1])[0] += o.count();
            sums.merge(key, o.amount(), BigDecimal::add);
        }
        return rows(counts, sums);
    }

    private static Map<String, String> rows(Map<String, long[]> counts, Map<String, BigDecimal> sums) {
        Map<String, String> out = new TreeMap<>();
        counts.forEach((k, n) -> {
            BigDecimal sum = sums.getOrDefault(k, BigDecimal.ZERO);
            if (n[0] != 0 || sum.signum() != 0) {
                out.put(k, n[0] + " " + plain(sum));
            }
        });
        return out;
    }

    private static String plain(BigDecimal v) {
        return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
    }

    private static Map<String, String> expectedSales(List<Known> sales, int z) {
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, BigDecimal> sums = new TreeMap<>();
        for (Known k : sales) {
            if (k.zWhenCreated == z - 1) {
                String key = k.symbol() + " " + outcome(k, z);
                counts.computeIfAbsent(key, x -> new long[1])[0]++;
                sums.merge(key, k.amount(), BigDecimal::add);
            }
        }
        return rows(counts, sums);
    }

    private static Map<String, String> expectedAdjustments(List<Known> sales, int z) {
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, BigDecimal> sums = new TreeMap<>();
        for (Known k : sales) {
            if (k.zWhenCreated < z - 1 && outcome(k, z - 1) != outcome(k, z)) {
                String out = k.symbol() + " " + outcome(k, z - 1);
                String in = k.symbol() + " " + outcome(k, z);
                counts.computeIfAbsent(out, x -> new long[1])[0]--;
                sums.merge(out, k.amount().negate(), BigDecimal::add);
                counts.computeIfAbsent(in, x -> new long[1])[0]++;
                sums.merge(in, k.amount(), BigDecimal::add);
            }
        }
        return rows(counts, sums);
    }

    /** Every Z's sales plus every Z's adjustments: each sale once, at its outcome at the last Z. */
    private static Map<String, String> telescoped(List<ClosedPeriod> zs) {
        List<OutcomeTally> all = new ArrayList<>();
        for (ClosedPeriod z : zs) {
            all.addAll(z.sales().outcomes());
            all.addAll(z.adjustments().outcomes());
        }
        return outcomeSums(new PeriodTally(all, List.of()));
    }

    private static Map<String, String> finalState(List<Known> sales, int lastZ) {
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, BigDecimal> sums = new TreeMap<>();
        for (Known k : sales) {
            if (k.zWhenCreated < lastZ) {
                String key = k.symbol() + " " + outcome(k, lastZ);
                counts.computeIfAbsent(key, x -> new long[1])[0]++;
                sums.merge(key, k.amount(), BigDecimal::add);
            }
        }
        return rows(counts, sums);
    }

    private static Map<String, String> expectedPayments(List<Known> sales, int z) {
        return expectedPayments(sales, k -> k.zWhenCreated == z - 1, k -> stateAt(k, z));
    }

    private static Map<String, String> expectedPayments(List<Known> sales, java.util.function.Predicate<Known> counted,
                                                        java.util.function.Function<Known, SaleState> state) {
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, BigDecimal> paid = new TreeMap<>();
        Map<String, BigDecimal> surplus = new TreeMap<>();
        for (Known k : sales) {
            if (counted.test(k) && state.apply(k).outcome().isPaid()) {
                SaleState s = state.apply(k);
                String key = s.payableSymbol() + " " + s.surplusStatus();
                counts.computeIfAbsent(key, x -> new long[1])[0]++;
                paid.merge(key, s.paymentAmount(), BigDecimal::add);
                surplus.merge(key, s.surplusAmount() == null ? BigDecimal.ZERO : s.surplusAmount(), BigDecimal::add);
            }
        }
        Map<String, String> out = new TreeMap<>();
        counts.forEach((key, n) -> out.put(key, n[0] + " " + plain(paid.get(key)) + " " + plain(surplus.get(key))));
        return out;
    }

    /** {@code STATUS SYMBOL -> "count amount"} of the paid sales, computed here from each sale's settlement. */
    private static Map<String, String> expectedSettled(List<Known> sales, java.util.function.Predicate<Known> counted,
                                                       java.util.function.Function<Known, SaleState> state) {
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, BigDecimal> sums = new TreeMap<>();
        for (Known k : sales) {
            SaleState s = state.apply(k);
            if (counted.test(k) && s.outcome().isPaid()) {
                Settlement t = s.settlement();
                String key = (t.status() == null ? "" : t.status()) + " " + (t.symbol() == null ? "" : t.symbol());
                counts.computeIfAbsent(key, x -> new long[1])[0]++;
                sums.merge(key, t.amount() == null ? BigDecimal.ZERO : t.amount(), BigDecimal::add);
            }
        }
        Map<String, String> out = new TreeMap<>();
        counts.forEach((key, n) -> out.put(key, n[0] + " " + plain(sums.get(key))));
        return out;
    }

    private static Map<String, String> settledSums(List<SettleTally> settled) {
        Map<String, String> out = new TreeMap<>();
        for (SettleTally t : settled) {
            assertThat(out.put(t.status() + " " + t.symbol(), t.count() + " " + plain(t.amount()))).isNull();
        }
        return out;
    }

    private static Map<String, String> paymentSums(List<PaymentTally> payments) {
        Map<String, String> out = new TreeMap<>();
        payments.stream().sorted(Comparator.comparing(PaymentTally::payableSymbol)).forEach(p -> out.put(
                p.payableSymbol() + " " + p.surplusStatus(), p.count() + " " + plain(p.paid()) + " "
                        + plain(p.surplus())));
        return out;
    }

    private static SaleState stateAt(Known k, int z) {
        return k.atZ.get(z);
    }

    private static Outcome outcome(Known k, int z) {
        return k.atZ.get(z).outcome();
    }

    private static Map<String, String> expectedCalendar(List<Known> sales, Instant from, Instant to) {
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, BigDecimal> sums = new TreeMap<>();
        for (Known k : sales) {
            Instant at = k.stored.sale().createdAt();
            if (!at.isBefore(from) && at.isBefore(to)) {
                String key = k.symbol() + " " + k.now.state().outcome();
                counts.computeIfAbsent(key, x -> new long[1])[0]++;
                sums.merge(key, k.amount(), BigDecimal::add);
            }
        }
        return rows(counts, sums);
    }
}
