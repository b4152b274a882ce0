package app.mixpos.mixpay;

import app.mixpos.sale.FailureCode;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;

/** Lenient readers for single JSON values; each returns null for a missing or unusable value, never throws. */
final class Wire {

    /** Dates past this many seconds are taken to be milliseconds (the year 5138 in seconds). */
    private static final long MILLIS_THRESHOLD = 100_000_000_000L;

    private Wire() {
    }

    static boolean absent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }

    /** A string or a number as text; null for objects, arrays and absent values. */
    static String text(JsonNode node) {
        if (absent(node) || node.isContainerNode()) {
            return null;
        }
        return node.isTextual() ? node.textValue() : node.asText();
    }

    /** An exact decimal from a string ({@code "0.010013"}) or a number; null when empty or not a number. */
    static BigDecimal decimal(JsonNode node) {
        String s = text(node);
        if (s == null || s.isBlank() || node.isBoolean()) {
            return null;
        }
        try {
            return new BigDecimal(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** An int from an integral number or a numeric string. */
    static Integer integer(JsonNode node) {
        if (absent(node)) {
            return null;
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToInt() ? node.intValue() : null;
        }
        if (node.isTextual()) {
            try {
                return Integer.valueOf(node.textValue().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** A boolean from {@code true}, {@code "true"} or {@code 1}. */
    static Boolean bool(JsonNode node) {
        if (absent(node)) {
            return null;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber()) {
            return node.asLong() != 0;
        }
        String s = node.isTextual() ? node.textValue().strip() : "";
        return "true".equalsIgnoreCase(s) ? Boolean.TRUE : "false".equalsIgnoreCase(s) ? Boolean.FALSE : null;
    }

    /** Unix seconds as a number or numeric string (milliseconds are recognised), or an ISO instant. */
    static Instant instant(JsonNode node) {
        BigDecimal n = decimal(node);
        if (n != null) {
            long value = n.longValue();
            if (value <= 0) {
                return null;
            }
            return value >= MILLIS_THRESHOLD ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
        }
        String s = text(node);
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(s.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** {@code failureCode} as a string or a number; null when absent. */
    static FailureCode failureCode(JsonNode node) {
        BigDecimal n = node != null && node.isNumber() ? decimal(node) : null;
        return n != null ? FailureCode.of(n.stripTrailingZeros().toPlainString()) : FailureCode.of(text(node));
    }
}
