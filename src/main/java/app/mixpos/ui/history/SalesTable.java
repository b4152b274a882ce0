package app.mixpos.ui.history;

import app.mixpos.sale.SaleSnapshot;
import app.mixpos.ui.Format;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;

/**
 * The recent sales: time, amount with its currency, outcome. Time and amount are never cut short: their columns
 * widen to the widest value shown (an 8-decimal crypto amount too); the outcome, in brief, takes the rest. The
 * list is never laid out narrower than its columns, so the last one is not drawn past its edge (a mismatch's
 * words were, at 1280 px with the detail beside the list).
 */
final class SalesTable extends TableView<SaleSnapshot> {

    /** Room kept for the vertical scroll bar, so the widest columns still fit beside it. */
    private static final double SCROLL_BAR = 18;

    SalesTable(HistoryViewModel vm) {
        super(vm.sales());
        setId("sales");
        getStyleClass().add("sales-table");
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        getColumns().add(fitted(column("Time", s -> Format.dayClock(s.sale().createdAt())), false));
        TableColumn<SaleSnapshot, String> amount = column("Amount", s -> Format.money(s.sale().amount()));
        amount.getStyleClass().add("amount-column");
        getColumns().add(fitted(amount, false));
        getColumns().add(fitted(column("Outcome", s -> OutcomeWords.brief(s.state())), false));
        setPlaceholder(new javafx.scene.control.Label("No sales yet."));
        getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.selectedProperty().set(now);
            }
        });
        vm.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && getSelectionModel().getSelectedItem() != now) {
                getSelectionModel().select(now);
            }
        });
    }

    private static TableColumn<SaleSnapshot, String> column(String title, Function<SaleSnapshot, String> text) {
        TableColumn<SaleSnapshot, String> c = new TableColumn<>(title);
        c.setSortable(false);
        c.setReorderable(false);
        c.setCellValueFactory(cell -> (ObservableValue<String>) new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return c;
    }

    /**
     * Cells that keep their text whole: a column that does not wrap grows to the widest text it has shown (and
     * its header's); one that wraps breaks its text over lines instead.
     */
    private static TableColumn<SaleSnapshot, String> fitted(TableColumn<SaleSnapshot, String> c, boolean wrap) {
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(wrap);
                if (!wrap && !empty && item != null) {
                    widen(col, this, item);
                }
            }
        });
        return c;
    }

    private static void widen(TableColumn<SaleSnapshot, String> col, TableCell<?, ?> cell, String text) {
        Text probe = new Text(text.length() >= col.getText().length() ? text : col.getText());
        probe.setFont(cell.getFont());
        double needed = Math.ceil(probe.getLayoutBounds().getWidth() + cell.snappedLeftInset()
                + cell.snappedRightInset() + 2);
        if (needed > col.getMinWidth()) {
            col.setMinWidth(needed);
            col.setPrefWidth(needed);
            TableView<SaleSnapshot> table = col.getTableView();
            if (table != null) {
                table.setMinWidth(table.getColumns().stream().mapToDouble(TableColumn::getMinWidth).sum()
                        + table.snappedLeftInset() + table.snappedRightInset() + SCROLL_BAR);
            }
        }
    }
}
