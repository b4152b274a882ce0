package app.mixpos.ui.history;

import app.mixpos.sale.SaleSnapshot;
import app.mixpos.ui.Format;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The recent sales: time, amount with its currency, outcome. */
final class SalesTable extends TableView<SaleSnapshot> {

    SalesTable(HistoryViewModel vm) {
        super(vm.sales());
        setId("sales");
        getStyleClass().add("sales-table");
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        getColumns().add(column("Time", 0.22, s -> Format.dayClock(s.sale().createdAt())));
        TableColumn<SaleSnapshot, String> amount = column("Amount", 0.26, s -> Format.money(s.sale().amount()));
        amount.getStyleClass().add("amount-column");
        getColumns().add(amount);
        getColumns().add(column("Outcome", 0.50, s -> OutcomeWords.of(s.state())));
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

    private TableColumn<SaleSnapshot, String> column(String title, double share,
                                                     Function<SaleSnapshot, String> text) {
        TableColumn<SaleSnapshot, String> c = new TableColumn<>(title);
        c.prefWidthProperty().bind(widthProperty().multiply(share));
        c.setSortable(false);
        c.setCellValueFactory(cell -> (ObservableValue<String>) new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return c;
    }
}
