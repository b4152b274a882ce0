package app.mixpos.ui.result;

import app.mixpos.sale.SaleSnapshot;
import app.mixpos.ui.shell.ScreenView;
import app.mixpos.ui.shell.Screen;
import app.mixpos.ui.shell.Navigator;
import app.mixpos.ui.text.Texts;
import app.mixpos.ui.receipt.ReceiptDesk;
import app.mixpos.ui.receipt.ReceiptKey;
import app.mixpos.ui.till.TillFx;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import app.mixpos.ui.Labels;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Full-screen result of a sale: green when paid, red when it failed or did not match. Stays until dismissed. */
public final class ResultView implements ScreenView {

    public static final String STYLE = "result";
    public static final String TITLE = "result-title";

    private final Navigator shell;
    private final Texts texts;
    private final StackPane root = new StackPane();
    private final VBox box = new VBox();
    private final Button next = new Button();
    private final ReceiptKey receipt;
    private final Label receiptLine = Labels.wrapped("result-receipt", "result-line", "");
    private SaleSnapshot shown;

    public ResultView(Navigator shell, TillFx till) {
        this(shell, till, Texts.english());
    }

    public ResultView(Navigator shell, TillFx till, Texts texts) {
        this(shell, till, texts, new ReceiptKey(ReceiptDesk.NONE, texts, Runnable::run));
    }

    /** @param receipt the receipt key: P prints the customer's receipt of the sale shown */
    public ResultView(Navigator shell, TillFx till, Texts texts, ReceiptKey receipt) {
        this.shell = shell;
        this.texts = texts;
        this.receipt = receipt;
        receiptLine.textProperty().bind(receipt.messageProperty());
        receiptLine.managedProperty().bind(receiptLine.textProperty().isNotEmpty());
        receiptLine.visibleProperty().bind(receiptLine.managedProperty());
        root.setId("result");
        root.getStyleClass().add(STYLE);
        root.getStylesheets().add(ResultView.class.getResource("result.css").toExternalForm());
        box.getStyleClass().add("result-box");
        box.setAlignment(Pos.CENTER);
        root.getChildren().add(box);
        root.setOnMouseClicked(e -> shell.leaveResult());
        next.setId("next-sale");
        next.setOnAction(e -> shell.leaveResult());
        next.textProperty().bind(shell.returnToProperty().map(
                to -> texts.get(to == Screen.HISTORY ? "result.backToHistory" : "result.nextSale")));
        till.facingProperty().addListener((obs, old, now) -> render(now));
        render(till.facingProperty().get());
    }

    private void render(SaleSnapshot s) {
        if (s == null) {
            return;
        }
        if (shown == null || !shown.orderId().equals(s.orderId())
                || shown.state().outcome().isPaid() != s.state().outcome().isPaid()) {
            receipt.resultShown(s);
        }
        shown = s;
        ResultContent c = ResultContent.of(texts, s);
        root.getStyleClass().removeIf(x -> x.startsWith("tone-"));
        root.getStyleClass().add("tone-" + c.tone());
        Label title = Labels.wrapped("result-title", TITLE, c.title());
        Label amount = Labels.wrapped("result-amount", "result-amount", c.amount());
        box.getChildren().setAll(icon(c.tone()), title, amount);
        for (int i = 0; i < c.lines().size(); i++) {
            box.getChildren().add(Labels.wrapped("result-line-" + i, "result-line", c.lines().get(i)));
        }
        if (!c.next().isEmpty()) {
            box.getChildren().add(Labels.wrapped("result-next", "result-next", c.next()));
        }
        box.getChildren().addAll(receiptLine, next);
        // the words are never squeezed: when banners and notices leave too little height (1024x768 with a notice),
        // the icon gives up its room first
        for (var n : box.getChildren()) {
            if (n instanceof Region r && !(n instanceof StackPane)) {
                r.setMinHeight(Region.USE_PREF_SIZE);
            }
        }
    }

    /** The tone's icon in a box that may shrink to nothing; the icon shows only while it fits whole. */
    private static StackPane icon(String tone) {
        Group icon = new Group(ResultIcon.forTone(tone));
        StackPane room = new StackPane(icon);
        room.setMinHeight(0);
        room.heightProperty().addListener((obs, old, now) ->
                icon.setVisible(now.doubleValue() >= icon.prefHeight(-1) - 0.5));
        return room;
    }

    @Override
    public Parent node() {
        return root;
    }

    @Override
    public void shown() {
        next.requestFocus();
    }

    @Override
    public boolean onKeyPressed(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.ESCAPE) {
            shell.leaveResult();
            return true;
        }
        if (e.getCode() == KeyCode.P && shown != null) {
            receipt.print(shown, false);
            return true;
        }
        return false;
    }
}
