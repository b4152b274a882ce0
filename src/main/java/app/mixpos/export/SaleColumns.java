package app.mixpos.export;

import app.mixpos.sale.SaleEvent;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.sale.SaleState;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * The documented column sets of the two CSV files (README, "Exports"). Headers are the receipt log's column names
 * where there is one, so an accountant can match them with the log's schema. Changing a column is a change of the
 * file format: add at the end, never rename.
 */
final class SaleColumns {

    /** A column: its header and how a row gives its cell. */
    record Column<T>(String header, BiFunction<T, ZoneId, String> cell) {
    }

    static final List<Column<SaleSnapshot>> SALES = List.of(
            new Column<>("order_id", (s, z) -> Cells.text(s.orderId())),
            new Column<>("till_id", (s, z) -> Cells.text(s.sale().tillId())),
            new Column<>("created_at", (s, z) -> Cells.time(s.sale().createdAt(), z)),
            new Column<>("outcome", (s, z) -> s.state().outcome().name()),
            new Column<>("amount", (s, z) -> Cells.number(s.sale().amount().value())),
            new Column<>("quote_symbol", (s, z) -> Cells.text(s.sale().quoteAsset().symbol())),
            new Column<>("quote_asset_id", (s, z) -> Cells.text(s.sale().quoteAsset().assetId())),
            new Column<>("payment_amount", (s, z) -> Cells.number(s.state().paymentAmount())),
            new Column<>("payable_amount", (s, z) -> Cells.number(s.state().payableAmount())),
            new Column<>("payable_symbol", (s, z) -> Cells.text(s.state().payableSymbol())),
            new Column<>("surplus_amount", (s, z) -> Cells.number(s.state().surplusAmount())),
            new Column<>("surplus_status", (s, z) -> surplus(s.state())),
            new Column<>("status", (s, z) -> Cells.text(s.state().status().wire())),
            new Column<>("failure_code", (s, z) -> Cells.text(s.state().failureCode().code())),
            new Column<>("reasons", (s, z) -> Cells.reasons(s.state().reasons())),
            new Column<>("trace_id", (s, z) -> s.sale().traceId().toString()),
            new Column<>("remark", (s, z) -> Cells.text(s.sale().remark())),
            new Column<>("link_mode", (s, z) -> s.sale().linkMode().label()),
            new Column<>("payment_link", (s, z) -> Cells.text(s.sale().paymentLink())),
            new Column<>("settlement_asset_id", (s, z) -> Cells.text(s.sale().settlementAssetId())),
            new Column<>("payee_id", (s, z) -> Cells.text(s.sale().payeeId())),
            new Column<>("expires_at", (s, z) -> Cells.time(s.sale().expiresAt(), z)),
            new Column<>("updated_at", (s, z) -> Cells.time(s.state().updatedAt(), z)),
            new Column<>("version", (s, z) -> Long.toString(s.version())),
            new Column<>("settle_status", (s, z) -> Cells.text(s.state().settlement().status())),
            new Column<>("settle_amount", (s, z) -> Cells.number(s.state().settlement().amount())),
            new Column<>("settle_symbol", (s, z) -> Cells.text(s.state().settlement().symbol())),
            new Column<>("settle_asset_id", (s, z) -> Cells.text(s.state().settlement().assetId())));

    static final List<Column<SaleEvent>> EVENTS = List.of(
            new Column<>("order_id", (e, z) -> Cells.text(e.orderId())),
            new Column<>("event_id", (e, z) -> Long.toString(e.id())),
            new Column<>("at", (e, z) -> Cells.time(e.at(), z)),
            new Column<>("till_id", (e, z) -> Cells.text(e.tillId())),
            new Column<>("kind", (e, z) -> Cells.text(e.kind())),
            new Column<>("outcome", (e, z) -> e.outcome().name()),
            new Column<>("status", (e, z) -> Cells.text(e.status())),
            new Column<>("reasons", (e, z) -> Cells.reasons(e.reasons())));

    private SaleColumns() {
    }

    private static String surplus(SaleState state) {
        return state.surplusStatus().name().toLowerCase(Locale.ROOT);
    }

    static <T> String[] row(List<Column<T>> columns, T value, ZoneId zone) {
        String[] cells = new String[columns.size()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = columns.get(i).cell().apply(value, zone);
        }
        return cells;
    }

    static <T> String[] headers(List<Column<T>> columns) {
        return columns.stream().map(Column::header).toArray(String[]::new);
    }
}
