package app.mixpos.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The export's shortcuts from stored text to cells give exactly what parsing and formatting each value would: times
 * ({@link StoredTimes}, which works a stored minute out once) against {@link DateTimeFormatter} in every zone, around
 * offset changes and in runs of near times as an export reads them; amounts ({@link Cells#number}) against
 * {@link BigDecimal#toPlainString()}.
 */
class StoredCellsPropertiesTest {

    /** How the receipt log writes a time (README, "The receipt log": UTC text with milliseconds, fixed width). */
    private static final DateTimeFormatter STORED =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter CELL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");
    private static final long FIRST = Instant.parse("1970-01-01T00:00:00Z").toEpochMilli();
    private static final long LAST = Instant.parse("2099-12-31T23:59:59.999Z").toEpochMilli();

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of(ZoneId.getAvailableZoneIds()).map(ZoneId::of);
    }

    /** A run of times an export would meet: a start, then steps of up to ten minutes, some of them equal. */
    @Provide
    Arbitrary<List<Instant>> runs() {
        Arbitrary<Long> start = Arbitraries.longs().between(FIRST, LAST - 86_400_000L * 30);
        Arbitrary<List<Long>> steps = Arbitraries.longs().between(0, 600_000).list().ofMinSize(1).ofMaxSize(60);
        return Combinators.combine(start, steps).as((s, gaps) -> {
            List<Instant> run = new ArrayList<>();
            long t = s;
            for (long gap : gaps) {
                t += gap;
                run.add(Instant.ofEpochMilli(t));
            }
            return run;
        });
    }

    @Property(tries = 400)
    void aRunOfStoredTimesGivesWhatFormattingEachOneGives(@ForAll("zones") ZoneId zone, @ForAll("runs") List<Instant> run) {
        StoredTimes times = new StoredTimes(zone);
        for (Instant at : run) {
            assertThat(times.cell(STORED.format(at))).as("%s in %s", at, zone).isEqualTo(CELL.format(at.atZone(zone)));
        }
    }

    @Property(tries = 300)
    void timesAroundAnOffsetChangeAreWrittenWithTheOffsetOfTheirOwnInstant(@ForAll("zones") ZoneId zone,
                                                                          @ForAll("years") int year) {
        ZoneOffsetTransition change = zone.getRules().nextTransition(Instant.parse(year + "-01-01T00:00:00Z"));
        if (change == null) {
            return;
        }
        StoredTimes times = new StoredTimes(zone);
        Instant at = change.getInstant();
        for (long ms : new long[] {-3_600_000, -60_001, -60_000, -1, 0, 1, 59_999, 60_000, 3_600_000}) {
            Instant t = at.plusMillis(ms);
            assertThat(times.cell(STORED.format(t))).as("%s in %s", t, zone).isEqualTo(CELL.format(t.atZone(zone)));
        }
    }

    @Provide
    Arbitrary<Integer> years() {
        return Arbitraries.integers().between(1970, 2090);
    }

    @Test
    void aTimeInAnotherFormThanTheLogsIsStillReadAndAnEmptyOneIsEmpty() {
        StoredTimes kolkata = new StoredTimes(ZoneId.of("Asia/Kolkata"));
        assertThat(kolkata.cell("2026-11-21T10:15:30Z")).isEqualTo("2026-11-21T15:45:30.000+05:30");
        assertThat(kolkata.cell("2026-11-21T10:15:30.123Z")).isEqualTo("2026-11-21T15:45:30.123+05:30");
        assertThat(kolkata.cell(null)).isEmpty();
        assertThat(new StoredTimes(ZoneOffset.UTC).cell("2026-11-21T10:15:30.123Z")).isEqualTo("2026-11-21T10:15:30.123Z");
        assertThat(new StoredTimes(ZoneId.of("Europe/London")).cell("2026-07-01T10:00:00.000Z"))
                .isEqualTo("2026-07-01T11:00:00.000+01:00");
    }

    @Provide
    Arbitrary<BigDecimal> decimals() {
        Arbitrary<BigInteger> unscaled = Arbitraries.bigIntegers().between(BigInteger.TEN.pow(30).negate(),
                BigInteger.TEN.pow(30));
        return Combinators.combine(unscaled, Arbitraries.integers().between(-5, 20)).as(BigDecimal::new);
    }

    @Property(tries = 1000)
    void anAmountIsWrittenAsItsPlainDecimalHoweverItWasSpelled(@ForAll("decimals") BigDecimal value) {
        assertThat(Cells.number(value.toPlainString())).isEqualTo(value.toPlainString());
        assertThat(Cells.number(value.toString())).isEqualTo(value.toPlainString());
    }
}
