package app.mixpos.export;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;

/**
 * Times as the log stores them (UTC, fixed width: {@code 2026-11-21T10:15:30.123Z}) turned into the export's ISO 8601
 * with the zone's offset ({@code 2026-11-21T15:45:30.123+05:30}) without parsing and formatting every cell: an offset
 * moves whole minutes, so seconds and milliseconds are copied and the local minute and offset are worked out once per
 * stored minute (rows come oldest first, so one remembered minute serves thousands of cells). In UTC the stored text
 * already is the cell. Anything else (another width, an offset with seconds, a minute in which the offset changes) is
 * parsed and formatted in full. One per column and thread: it remembers its last minute.
 */
final class StoredTimes {

    private static final int WIDTH = 24;
    private static final int MINUTE_END = 16;

    private final ZoneId zone;
    private final ZoneRules rules;
    private final boolean utc;
    private String minute;
    private String localMinute;
    private String offset;

    StoredTimes(ZoneId zone) {
        this.zone = zone;
        this.rules = zone.getRules();
        this.utc = rules.isFixedOffset() && rules.getOffset(Instant.EPOCH).getTotalSeconds() == 0;
    }

    /** The cell for a stored time; empty for none. */
    String cell(String stored) {
        if (stored == null || stored.isEmpty()) {
            return "";
        }
        if (stored.length() != WIDTH || !secondsOfTheLogsForm(stored)) {
            return Cells.time(Instant.parse(stored), zone);
        }
        if (minute == null || !stored.regionMatches(0, minute, 0, MINUTE_END)) {
            if (!minuteOfTheLogsForm(stored)) {
                return Cells.time(Instant.parse(stored), zone);
            }
            remember(stored);
        }
        if (localMinute == null) {
            return Cells.time(Instant.parse(stored), zone);
        }
        return utc ? stored : localMinute + stored.substring(MINUTE_END, WIDTH - 1) + offset;
    }

    private void remember(String stored) {
        minute = stored.substring(0, MINUTE_END);
        if (utc) {
            localMinute = minute;
            return;
        }
        LocalDateTime utcMinute = LocalDateTime.of(digits(stored, 0, 4), digits(stored, 5, 2), digits(stored, 8, 2),
                digits(stored, 11, 2), digits(stored, 14, 2));
        Instant start = utcMinute.toInstant(ZoneOffset.UTC);
        ZoneOffset at = rules.getOffset(start);
        LocalDateTime local = utcMinute.plusSeconds(at.getTotalSeconds());
        boolean steady = at.getTotalSeconds() % 60 == 0 && at.equals(rules.getOffset(start.plusMillis(59_999)))
                && local.getYear() >= 0 && local.getYear() <= 9999;
        localMinute = steady ? minuteText(local) : null;
        offset = at.getId();
    }

    /** {@code uuuu-MM-dd'T'HH:mm}, written out by hand: this runs for every new minute of the export. */
    private static String minuteText(LocalDateTime t) {
        char[] c = new char[MINUTE_END];
        put(c, 0, t.getYear(), 4);
        c[4] = '-';
        put(c, 5, t.getMonthValue(), 2);
        c[7] = '-';
        put(c, 8, t.getDayOfMonth(), 2);
        c[10] = 'T';
        put(c, 11, t.getHour(), 2);
        c[13] = ':';
        put(c, 14, t.getMinute(), 2);
        return new String(c);
    }

    private static void put(char[] c, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            c[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    /** {@code dddd-dd-ddTdd:dd}, the minute as the log writes it (asked once per minute). */
    private static boolean minuteOfTheLogsForm(String s) {
        for (int i = 0; i < MINUTE_END; i++) {
            char c = s.charAt(i);
            boolean ok = switch (i) {
                case 4, 7 -> c == '-';
                case 10 -> c == 'T';
                case 13 -> c == ':';
                default -> c >= '0' && c <= '9';
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** {@code :ss.SSSZ}, the rest of a time as the log writes it. */
    private static boolean secondsOfTheLogsForm(String s) {
        return s.charAt(16) == ':' && digit(s, 17) && digit(s, 18) && s.charAt(19) == '.' && digit(s, 20)
                && digit(s, 21) && digit(s, 22) && s.charAt(23) == 'Z';
    }

    private static boolean digit(String s, int i) {
        char c = s.charAt(i);
        return c >= '0' && c <= '9';
    }

    private static int digits(String s, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }
}
