package app.mixpos.ui.history;

import app.mixpos.sale.SaleSnapshot;
import app.mixpos.ui.Format;
import app.mixpos.ui.text.Texts;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;

/**
 * The recent sales: time, amount with its currency, outcome. Time and amount are never cut short: their columns
 * widen to the widest value shown (an 8-decimal crypto amount too); the outcome, in brief, takes the rest and
 * wraps onto more lines when that is narrow. The list is never laid out narrower than its columns, so none is drawn
 * past its edge (a mismatch's words were, at 1280 px with the detail beside the list).
 */
final class SalesTable extends TableView<SaleSnapshot> {

    private static final String TEXT_KEY = "sales-table-text";

    /** Room kept for the vertical scroll bar, so the widest columns still fit beside it. */
    private static final double SCROLL_BAR = 18;

    SalesTable(HistoryViewModel vm) {
        super(vm.sales());
        setId("sales");
        getStyleClass().add("sales-table");
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Texts texts = vm.texts();
        getColumns().add(fitted(column(texts.get("history.column.time"),
                s -> Format.dayClock(texts, s.sale().createdAt())), false));
        TableColumn<SaleSnapshot, String> amount = column(texts.get("history.column.amount"),
                s -> Format.money(texts, s.sale().amount()));
        amount.getStyleClass().add("amount-column");
        getColumns().add(fitted(amount, false));
        TableColumn<SaleSnapshot, String> outcome = column(texts.get("history.column.outcome"),
                s -> OutcomeWords.brief(texts, s.state()));
        outcome.setMinWidth(120);
        getColumns().add(fitted(outcome, true));
        TableColumn<SaleSnapshot, String> till = fitted(column(texts.get("store.history.column.till"),
                s -> s.sale().tillId()), false);
        till.setId("till-column");
        Runnable tillColumn = () -> {
            if (vm.storeModeProperty().get() && !getColumns().contains(till)) {
                getColumns().add(1, till);
            }
        };
        vm.storeModeProperty().addListener((obs, old, now) -> tillColumn.run());
        tillColumn.run();
        setPlaceholder(new javafx.scene.control.Label(texts.get("history.empty")));
        getItems().addListener((javafx.collections.ListChangeListener<SaleSnapshot>) change -> {
            for (TableColumn<SaleSnapshot, ?> col : getColumns()) {
                if (col != outcome) {
                    widenToAll((TableColumn<SaleSnapshot, String>) col, getItems());
                }
            }
        });
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
        c.getProperties().put(TEXT_KEY, text);
        return c;
    }

    /**
     * Cells that keep their text whole. A column that does not wrap grows to the widest text it has shown (and its
     * header's), measured when the cell is laid out, so in the font its CSS gives it (a cell made for a row scrolled
     * into view is updated before its CSS is applied). One that wraps draws its text as a {@link Text} wrapped to
     * the column's width, which makes the row as tall as the lines need (a wrapping label in a table cell is cut
     * with an ellipsis instead).
     */
    private static TableColumn<SaleSnapshot, String> fitted(TableColumn<SaleSnapshot, String> c, boolean wrap) {
        c.setCellFactory(col -> wrap ? new WrappingCell(col) : new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                if (!empty && item != null) {
                    if (getScene() != null) {
                        applyCss();
                        widen(col, Measure.of(this), item);
                    } else if (col.getProperties().get(Measure.KEY) instanceof Measure m) {
                        widen(col, m, item);
                    }
                }
            }

            @Override
            protected void layoutChildren() {
                super.layoutChildren();
                Measure m = Measure.of(this);
                if (col.getProperties().put(Measure.KEY, m) == null && col.getTableView() != null) {
                    // the font is known now: fit the column to every listed sale, not only the rows drawn so far
                    widenToAll(col, col.getTableView().getItems());
                }
                if (getText() != null && !getText().isEmpty()) {
                    widen(col, m, getText());
                }
            }
        });
        return c;
    }

    /**
     * A laid-out cell's font and side insets, kept on its column: a cell made for a row scrolled into view is
     * updated before it is in the scene, and is measured with these so its column is wide enough on the same frame.
     */
    private record Measure(javafx.scene.text.Font font, double insets) {
        static final String KEY = "sales-table-measure";

        static Measure of(TableCell<?, ?> cell) {
            return new Measure(cell.getFont(), cell.snappedLeftInset() + cell.snappedRightInset());
        }
    }

    /**
     * Widens {@code col} to the widest text of all {@code items}, so a row scrolled into view later (row 10 at
     * 1024x768) never arrives wider than its column and is drawn cut for a frame or two.
     */
    @SuppressWarnings("unchecked")
    private static void widenToAll(TableColumn<SaleSnapshot, String> col, java.util.List<? extends SaleSnapshot> items) {
        if (col.getProperties().get(Measure.KEY) instanceof Measure m
                && col.getProperties().get(TEXT_KEY) instanceof Function<?, ?> f) {
            Function<SaleSnapshot, String> text = (Function<SaleSnapshot, String>) f;
            String widest = null;
            double most = -1;
            for (SaleSnapshot s : items) {
                String t = text.apply(s);
                Text probe = new Text(t);
                probe.setFont(m.font());
                double w = probe.getLayoutBounds().getWidth();
                if (w > most) {
                    most = w;
                    widest = t;
                }
            }
            if (widest != null) {
                widen(col, m, widest);
            }
        }
    }

    private static void widen(TableColumn<SaleSnapshot, String> col, Measure m, String text) {
        Text probe = new Text(text.length() >= col.getText().length() ? text : col.getText());
        probe.setFont(m.font());
        double needed = Math.ceil(probe.getLayoutBounds().getWidth() + m.insets() + 2);
        if (needed > col.getMinWidth()) {
            col.setMinWidth(needed);
            col.setPrefWidth(needed);
            TableView<SaleSnapshot> table = col.getTableView();
            if (table != null) {
                table.setMinWidth(table.getColumns().stream().mapToDouble(TableColumn::getMinWidth).sum()
                        + table.snappedLeftInset() + table.snappedRightInset() + SCROLL_BAR);
            }
        }
        TableView<SaleSnapshot> table = col.getTableView();
        if (table != null && col.getWidth() > 0 && col.getWidth() < needed) {
            // a larger minimum alone does not make the resize policy act: the column kept its width (CI caught an
            // 8-decimal amount cut for two steps), so ask the policy to give the column the room now
            table.resizeColumn(col, needed - col.getWidth());
        }
    }

    /** The outcome: whole however narrow the column, on as many lines as it takes. */
    private static final class WrappingCell extends TableCell<SaleSnapshot, String> {
        private final Text text = new Text();

        WrappingCell(TableColumn<SaleSnapshot, String> col) {
            text.getStyleClass().add("outcome-text");
            text.wrappingWidthProperty().bind(col.widthProperty().subtract(snappedLeftInset() + snappedRightInset() + 8));
            text.fontProperty().bind(fontProperty());
            text.fillProperty().bind(textFillProperty());
            setPrefHeight(USE_COMPUTED_SIZE);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            text.setText(empty || item == null ? "" : item);
            setGraphic(empty || item == null ? null : text);
            setText(null);
        }
    }
}
