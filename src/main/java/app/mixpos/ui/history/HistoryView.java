package app.mixpos.ui.history;

import app.mixpos.ui.Bars;
import app.mixpos.ui.receipt.ReceiptKey;
import app.mixpos.ui.shell.ScreenView;
import javafx.scene.Parent;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;

/** Recent sales with the selected one's details. */
public final class HistoryView implements ScreenView {

    public static final String STYLE = "history";

    private final HistoryViewModel vm;
    private final Runnable back;
    private final BorderPane root = new BorderPane();
    private final SalesTable table;
    private final ReceiptKey receipt;

    public HistoryView(HistoryViewModel vm, Runnable back) {
        this(vm, back, null);
    }

    /** @param receipt P reprints the selected sale's receipt (it says COPY); null for no key */
    public HistoryView(HistoryViewModel vm, Runnable back, ReceiptKey receipt) {
        this.vm = vm;
        this.receipt = receipt;
        this.back = back;
        root.getStyleClass().add(STYLE);
        root.getStylesheets().add(HistoryView.class.getResource("history.css").toExternalForm());
        javafx.scene.layout.HBox bar = Bars.titled(vm.texts().get("history.title"), "screen-title", "top-bar",
                Bars.button(vm.texts().get("history.refresh"), null, vm::refresh),
                Bars.button(vm.texts().get("common.back"), "history-back", back));
        root.setTop(bar);
        Runnable storeRow = () -> {
            if (vm.storeModeProperty().get() && !(root.getTop() instanceof javafx.scene.layout.VBox)) {
                root.setTop(new javafx.scene.layout.VBox(bar, new StoreBar(vm)));
            }
        };
        vm.storeModeProperty().addListener((obs, old, now) -> storeRow.run());
        storeRow.run();
        table = new SalesTable(vm);
        SaleDetail detail = new SaleDetail(vm);
        root.setCenter(new HistoryBody(table, detail));
    }

    @Override
    public Parent node() {
        return root;
    }

    @Override
    public void shown() {
        vm.refresh();
        table.requestFocus();
    }

    @Override
    public boolean onKeyPressed(KeyEvent e) {
        if (e.getCode() == javafx.scene.input.KeyCode.ENTER && root.getScene() != null
                && root.getScene().getFocusOwner() instanceof javafx.scene.control.TextField) {
            return false; // Enter in the look-up field finds, it does not show the selected sale
        }
        switch (e.getCode()) {
            case ESCAPE -> back.run();
            case ENTER -> vm.showAgain();
            case F5 -> vm.checkNow();
            case P -> {
                if (receipt == null) {
                    return false;
                }
                receipt.print(vm.selectedProperty().get(), true, vm::say);
            }
            default -> {
                return false;
            }
        }
        return true;
    }
}
