package app.mixpos.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;

/** {@code POST /v1/one_time_payment}: validates, registers the payment and answers its code. */
final class OneTimePaymentEndpoint implements Endpoint {

    private final OrderValidator validator;
    private final PaymentLedger ledger;
    private final Function<PaymentOrder, SimulatedCustomer> customers;

    OneTimePaymentEndpoint(OrderValidator validator, PaymentLedger ledger,
                           Function<PaymentOrder, SimulatedCustomer> customers) {
        this.validator = validator;
        this.ledger = ledger;
        this.customers = customers;
    }

    @Override
    public JsonNode handle(ApiRequest request, Instant now) throws ApiError {
        PaymentOrder order = validator.validate(request.params()).withCode(UUID.randomUUID().toString());
        SimulatedCustomer customer = ledger.register(order, customers);
        ObjectNode data = Json.object();
        data.put("code", customer.order().code());
        return data;
    }
}
