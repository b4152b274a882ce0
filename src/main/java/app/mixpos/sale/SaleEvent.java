package app.mixpos.sale;

import java.time.Instant;

/**
 * One line of a sale's history in the receipt log: what happened, the outcome and MixPay status after it,
 * and the raw response that caused it (empty for local events such as a cancel).
 */
public record SaleEvent(long id, String orderId, Instant at, String kind, Outcome outcome,
                        String status, String detail, String rawBody) {

    /** Event kinds written by the app. */
    public static final String CREATED = "created";
    public static final String LINK_CREATED = "link_created";
    public static final String STATUS = "status";
    public static final String CANCELLED = "cancelled";
    public static final String VOIDED = "voided";
}
