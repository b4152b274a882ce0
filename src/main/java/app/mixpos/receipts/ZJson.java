package app.mixpos.receipts;

import app.mixpos.sale.FlaggedSale;
import app.mixpos.sale.FlaggedSales;
import app.mixpos.sale.HourCount;
import app.mixpos.sale.Outcome;
import app.mixpos.sale.OutcomeTally;
import app.mixpos.sale.PaymentTally;
import app.mixpos.sale.PeriodTally;
import app.mixpos.sale.SettleTally;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A Z's figures as {@code z_reports.totals} stores them: one canonical JSON text (fixed field order, no whitespace,
 * amounts as decimal strings, never numbers), so the same figures always hash the same. Read back exactly as written:
 * a reprint shows what was closed, never a recomputation.
 */
final class ZJson {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** What {@link #read} gives back. */
    record Figures(PeriodTally sales, PeriodTally adjustments, FlaggedSales flagged, List<HourCount> hours) {
    }

    private ZJson() {
    }

    static String write(Figures f) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeFieldName("sales");
            tally(g, f.sales());
            g.writeFieldName("adjustments");
            tally(g, f.adjustments());
            g.writeObjectFieldStart("flagged");
            g.writeNumberField("total", f.flagged().total());
            g.writeArrayFieldStart("first");
            for (FlaggedSale s : f.flagged().first()) {
                g.writeStartObject();
                g.writeStringField("order", s.orderId());
                g.writeStringField("at", Timestamps.format(s.createdAt()));
                g.writeStringField("amount", s.amount().toPlainString());
                g.writeStringField("symbol", s.symbol());
                g.writeStringField("outcome", s.outcome().name());
                g.writeStringField("surplus", s.surplusStatus().name());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeArrayFieldStart("hours");
            for (HourCount h : f.hours()) {
                g.writeStartObject();
                g.writeStringField("start", h.start().toString());
                g.writeNumberField("sales", h.sales());
                g.writeNumberField("paid", h.paid());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void tally(JsonGenerator g, PeriodTally t) throws IOException {
        g.writeStartObject();
        g.writeArrayFieldStart("outcomes");
        for (OutcomeTally o : t.outcomes()) {
            g.writeStartObject();
            g.writeStringField("asset", o.quoteAssetId());
            g.writeStringField("symbol", o.symbol());
            g.writeNumberField("decimals", o.decimals());
            g.writeStringField("outcome", o.outcome().name());
            g.writeNumberField("count", o.count());
            g.writeStringField("amount", o.amount().toPlainString());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("payments");
        for (PaymentTally p : t.payments()) {
            g.writeStartObject();
            g.writeStringField("symbol", p.payableSymbol());
            g.writeStringField("surplusStatus", p.surplusStatus().name());
            g.writeNumberField("count", p.count());
            g.writeStringField("paid", p.paid().toPlainString());
            g.writeStringField("surplus", p.surplus().toPlainString());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (!t.settlements().isEmpty()) {
            // only when there are settled lines, so a Z without them is written exactly as before schema version 7
            g.writeArrayFieldStart("settled");
            for (SettleTally s : t.settlements()) {
                g.writeStartObject();
                g.writeStringField("status", s.status());
                g.writeStringField("symbol", s.symbol());
                g.writeNumberField("count", s.count());
                g.writeStringField("amount", s.amount().toPlainString());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    static Figures read(String json) {
        try {
            JsonNode root = MAPPER.readTree(json);
            JsonNode flagged = root.path("flagged");
            List<FlaggedSale> first = new ArrayList<>();
            for (JsonNode s : flagged.path("first")) {
                first.add(new FlaggedSale(s.path("order").asText(), Timestamps.parse(s.path("at").asText()),
                        new BigDecimal(s.path("amount").asText()), s.path("symbol").asText(),
                        Outcome.valueOf(s.path("outcome").asText()),
                        app.mixpos.sale.SurplusStatus.valueOf(s.path("surplus").asText())));
            }
            List<HourCount> hours = new ArrayList<>();
            for (JsonNode h : root.path("hours")) {
                hours.add(new HourCount(LocalDateTime.parse(h.path("start").asText()), h.path("sales").asLong(),
                        h.path("paid").asLong()));
            }
            return new Figures(tally(root.path("sales")), tally(root.path("adjustments")),
                    new FlaggedSales(first, flagged.path("total").asLong()), hours);
        } catch (IOException | RuntimeException e) {
            throw new ReceiptLogException("A Z report's figures in the receipt log cannot be read (" + e.getMessage()
                    + "). The log may have been changed outside MixPay POS; check it with --verify-log.", e);
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
                    app.mixpos.sale.SurplusStatus.valueOf(p.path("surplusStatus").asText()), p.path("count").asLong(),
                    new BigDecimal(p.path("paid").asText()), new BigDecimal(p.path("surplus").asText())));
        }
        List<SettleTally> settled = new ArrayList<>();
        for (JsonNode s : t.path("settled")) {
            settled.add(new SettleTally(s.path("status").asText(), s.path("symbol").asText(), s.path("count").asLong(),
                    new BigDecimal(s.path("amount").asText())));
        }
        return new PeriodTally(outcomes, payments, settled);
    }
}
