package app.mixpos.training;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Every payment the simulator knows, by trace id, one-time code and payee + order id. A request that
 * repeats an earlier one exactly gets the earlier payment back (a client retrying after a timeout);
 * one that reuses its trace or order id for something else is refused. Thread-safe.
 */
final class PaymentLedger {

    private final Map<UUID, SimulatedCustomer> byTrace = new HashMap<>();
    private final Map<String, SimulatedCustomer> byCode = new HashMap<>();
    private final Map<String, SimulatedCustomer> byOrder = new HashMap<>();
    private final List<SimulatedCustomer> all = new ArrayList<>();
    private SimulatedCustomer latest;

    synchronized SimulatedCustomer register(PaymentOrder order, Function<PaymentOrder, SimulatedCustomer> create)
            throws ApiError {
        SimulatedCustomer sameTrace = byTrace.get(order.traceId());
        SimulatedCustomer sameOrder = order.orderId() == null ? null : byOrder.get(orderKey(order.payeeId(), order.orderId()));
        if (sameTrace != null || sameOrder != null) {
            SimulatedCustomer existing = sameTrace != null ? sameTrace : sameOrder;
            if (existing.order().sameRequestAs(order)) {
                latest = existing;
                return existing;
            }
            throw new ApiError(ApiError.PARAMETER_INVALID, sameTrace != null
                    ? "The traceId has already been used." : "The orderId already exists.");
        }
        SimulatedCustomer created = create.apply(order);
        byTrace.put(order.traceId(), created);
        if (order.orderId() != null) {
            byOrder.put(orderKey(order.payeeId(), order.orderId()), created);
        }
        if (created.order().code() != null) {
            byCode.put(created.order().code(), created);
        }
        all.add(created);
        latest = created;
        return created;
    }

    synchronized Optional<SimulatedCustomer> byTrace(UUID traceId) {
        return Optional.ofNullable(byTrace.get(traceId));
    }

    synchronized Optional<SimulatedCustomer> byOrder(String payeeId, String orderId) {
        return Optional.ofNullable(byOrder.get(orderKey(payeeId, orderId)));
    }

    synchronized Optional<SimulatedCustomer> byCode(String code) {
        return Optional.ofNullable(byCode.get(code.toLowerCase(Locale.ROOT)));
    }

    /** Marks a payment the customer just opened as the most recent one. */
    synchronized void touch(SimulatedCustomer customer) {
        latest = customer;
    }

    synchronized Optional<SimulatedCustomer> latest() {
        return Optional.ofNullable(latest);
    }

    synchronized List<SimulatedCustomer> all() {
        return List.copyOf(all);
    }

    private static String orderKey(String payeeId, String orderId) {
        return payeeId.toLowerCase(Locale.ROOT) + "/" + orderId;
    }
}
