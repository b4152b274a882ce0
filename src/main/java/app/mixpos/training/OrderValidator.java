package app.mixpos.training;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** Checks the parameters of a one-time payment or paylink the way MixPay does, and builds the order. */
final class OrderValidator {

    private static final Pattern ORDER_ID = Pattern.compile("[A-Za-z0-9_-]{6,36}");
    private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern HEX32 = Pattern.compile("[0-9a-fA-F]{32}");
    private static final List<String> REQUIRED = List.of("payeeId", "quoteAssetId", "quoteAmount", "settlementAssetId");
    private static final int MAX_REMARK = 50;
    private static final int MAX_MEMO = 200;

    private final AssetCatalog catalog;
    private final Clock clock;

    OrderValidator(AssetCatalog catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    PaymentOrder validate(Map<String, String> raw) throws ApiError {
        ApiRequest p = new ApiRequest("POST", "", raw);
        requirePresent(p);
        String payeeId = p.param("payeeId");
        if (parseUuid(payeeId).isEmpty()) {
            throw invalid("The payeeId is not a valid id.");
        }
        String traceWire = p.param("traceId");
        UUID traceId = traceWire == null ? UUID.randomUUID()
                : parseUuid(traceWire).orElseThrow(() -> invalid("The traceId must be a UUID."));
        String orderId = p.param("orderId");
        if (orderId != null && !ORDER_ID.matcher(orderId).matches()) {
            throw invalid("The orderId must be 6 to 36 characters of letters, digits, '_' or '-'.");
        }
        String remark = p.param("remark");
        if (remark != null && remark.length() > MAX_REMARK) {
            throw invalid("The remark may not be greater than " + MAX_REMARK + " characters.");
        }
        String memo = p.param("settlementMemo");
        if (memo != null && memo.length() > MAX_MEMO) {
            throw invalid("The settlementMemo may not be greater than " + MAX_MEMO + " characters.");
        }
        checkStrictMode(p.param("strictMode"));
        Instant expiresAt = checkExpiry(p.param("expiredTimestamp"));
        SimAsset quote = catalog.quoteAsset(p.param("quoteAssetId"))
                .orElseThrow(() -> new ApiError(ApiError.CURRENCY_NOT_SUPPORTED, "The currency is not supported."));
        catalog.settlementAsset(p.param("settlementAssetId")).orElseThrow(() -> new ApiError(
                ApiError.SETTLEMENT_NOT_SUPPORTED, "The settlement asset is not supported."));
        String amount = p.param("quoteAmount");
        checkAmount(amount, quote);
        return new PaymentOrder(payeeId, p.param("quoteAssetId"), amount, p.param("settlementAssetId"), traceId,
                traceWire == null ? traceId.toString() : traceWire, orderId, remark, null, clock.instant(), expiresAt);
    }

    /** Accepts a dashed UUID or MixPay's 32-hex spelling. */
    static Optional<UUID> parseUuid(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = HEX32.matcher(text).matches()
                ? text.replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5") : text;
        try {
            UUID id = UUID.fromString(s);
            return s.length() == 36 ? Optional.of(id) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static void requirePresent(ApiRequest p) throws ApiError {
        ObjectNode errors = Json.object();
        for (String name : REQUIRED) {
            if (p.param(name) == null) {
                errors.putArray(name).add("The " + name + " field is required.");
            }
        }
        if (p.param("traceId") == null && p.param("orderId") == null) {
            errors.putArray("traceId").add("The traceId field is required when orderId is not present.");
        }
        if (!errors.isEmpty()) {
            String first = errors.elements().next().get(0).asText();
            throw new ApiError(ApiError.PARAMETER_MISSING, first, errors, 200);
        }
    }

    private static void checkAmount(String amount, SimAsset quote) throws ApiError {
        if (!DECIMAL.matcher(amount).matches()) {
            throw invalid("The quoteAmount must be a decimal number.");
        }
        BigDecimal value = new BigDecimal(amount);
        if (value.stripTrailingZeros().scale() > quote.decimalDigit()) {
            throw invalid("The quoteAmount may have at most " + quote.decimalDigit() + " decimal places.");
        }
        if (value.compareTo(quote.min()) < 0) {
            throw new ApiError(ApiError.AMOUNT_TOO_LOW, "The amount is too low. The minimum is "
                    + Json.amount(quote.min()) + " " + quote.symbol() + ".");
        }
        if (value.compareTo(quote.max()) > 0) {
            throw new ApiError(ApiError.AMOUNT_TOO_HIGH, "The amount is too high. The maximum is "
                    + Json.amount(quote.max()) + " " + quote.symbol() + ".");
        }
    }

    private static void checkStrictMode(String strict) throws ApiError {
        if (strict != null && !List.of("0", "1", "true", "false").contains(strict.toLowerCase(java.util.Locale.ROOT))) {
            throw invalid("The strictMode must be a boolean.");
        }
    }

    /** The deadline MixPay fails an unpaid payment at, or null when none was sent. */
    private Instant checkExpiry(String expiry) throws ApiError {
        if (expiry == null) {
            return null;
        }
        Instant at;
        try {
            at = Instant.ofEpochSecond(Long.parseLong(expiry));
        } catch (NumberFormatException e) {
            throw invalid("The expiredTimestamp must be Unix seconds.");
        }
        Instant now = clock.instant();
        if (at.isBefore(now.plusSeconds(10)) || at.isAfter(now.plus(Duration.ofHours(48)))) {
            throw invalid("The expiredTimestamp must be between 10 seconds and 48 hours from now.");
        }
        return at;
    }

    private static ApiError invalid(String message) {
        return new ApiError(ApiError.PARAMETER_INVALID, message);
    }
}
