package app.mixpos.shop;

import app.mixpos.sale.Outcome;
import app.mixpos.sale.OutcomeTally;
import app.mixpos.sale.PaymentTally;
import app.mixpos.sale.PeriodTally;
import app.mixpos.sale.SurplusStatus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A Z's figures as the till closed them ({@code store_z_reports.totals}, the receipt log's canonical JSON: amounts as
 * decimal strings), read back exactly: the shop's view of a Z is the till's, never recomputed.
 */
final class ZFigures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ZFigures() {
    }

    static PeriodTally sales(String totals) {
        return tally(root(totals).path("sales"));
    }

    static PeriodTally adjustments(String totals) {
        return tally(root(totals).path("adjustments"));
    }

    private static JsonNode root(String totals) {
        try {
            return JSON.readTree(totals);
        } catch (IOException e) {
            throw new StoreReadException("A Z report's figures in the store cannot be read: " + e.getMessage(), e);
        }
    }

    private static PeriodTally tally(JsonNode t) {
        List<OutcomeTally> outcomes = new ArrayList<>();
        for (JsonNode o : t.path("outcomes")) {
            outcomes.add(new OutcomeTally(o.path("asset").asText(), o.path("symbol").asText(),
                    o.path("decimals").asInt(), Outcome.valueOf(o.path("outcome").asText()), o.path("count").asLong(),
                    new BigDecimal(o.path("amount").asText())));
        }
        List<PaymentTally> payments = new ArrayList<>();
        for (JsonNode p : t.path("payments")) {
            payments.add(new PaymentTally(p.path("symbol").asText(),
                    SurplusStatus.valueOf(p.path("surplusStatus").asText()), p.path("count").asLong(),
                    new BigDecimal(p.path("paid").asText()), new BigDecimal(p.path("surplus").asText())));
        }
        return new PeriodTally(outcomes, payments);
    }
}
