package app.mixpos.sale;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One line of a sale's history in the receipt log: what happened, the outcome and MixPay status after it, why (as
 * codes, never sentences), the raw response that caused it (empty for local events such as a cancel), and the till
 * whose chain the event is in.
 *
 * @param reasons why the sale stood as it did after this event (a void's or a mismatch's reasons); empty, never null
 * @param tillId  the till that wrote the event
 */
public record SaleEvent(long id, String orderId, Instant at, String kind, Outcome outcome,
                        String status, List<Reason> reasons, String rawBody, String tillId) {

    /** Event kinds written by the app. */
    public static final String CREATED = "created";
    public static final String LINK_CREATED = "link_created";
    public static final String STATUS = "status";
    public static final String CANCELLED = "cancelled";
    public static final String VOIDED = "voided";

    public SaleEvent {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        Objects.requireNonNull(tillId, "tillId");
    }
}
