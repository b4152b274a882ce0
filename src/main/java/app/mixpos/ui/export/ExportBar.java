package app.mixpos.ui.export;

import app.mixpos.reports.Report;
import app.mixpos.ui.Bars;
import app.mixpos.ui.Labels;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** "Export CSV…", "PDF", and while an export runs its progress bar and Cancel, with a sentence on how it went. */
public final class ExportBar extends VBox {

    public ExportBar(ExportsViewModel vm, Supplier<Report> shown) {
        super(6);
        setId("export-bar");
        Button csv = Bars.button(vm.texts().get("export.csv"), "export-csv", () -> vm.exportCsv(shown.get()));
        Button pdf = Bars.button(vm.texts().get("export.pdf"), "export-pdf", () -> vm.savePdf(shown.get()));
        Button cancel = Bars.button(vm.texts().get("export.cancel"), "export-cancel", vm::cancel);
        csv.disableProperty().bind(vm.runningProperty());
        cancel.visibleProperty().bind(vm.runningProperty());
        cancel.managedProperty().bind(vm.runningProperty());
        ProgressBar bar = new ProgressBar();
        bar.setId("export-progress");
        bar.progressProperty().bind(vm.progressProperty());
        bar.visibleProperty().bind(vm.runningProperty());
        bar.managedProperty().bind(vm.runningProperty());
        bar.setPrefWidth(180);
        for (Region r : new Region[] {csv, pdf, cancel}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        FlowPane row = new FlowPane(12, 8, csv, pdf, bar, cancel);
        row.setAlignment(Pos.CENTER_LEFT);
        Label message = Labels.wrapped("export-message", "report-message", "");
        message.textProperty().bind(vm.messageProperty());
        message.managedProperty().bind(vm.messageProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        getChildren().addAll(row, message);
    }
}
