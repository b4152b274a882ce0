package app.mixpos.ui;

import app.mixpos.ui.window.PosWindow;
import app.mixpos.checkout.ConnectionHealth;
import app.mixpos.sale.Outcome;
import app.mixpos.sale.QuoteAsset;
import app.mixpos.sale.Reason;
import app.mixpos.sale.Sale;
import app.mixpos.sale.SaleEvent;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.sale.SurplusStatus;
import java.time.Instant;
import java.util.List;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * Opens the real window on the fake checkout in a given state, for looking at it under Xvfb:
 * {@code UiPreview keypad|currency|waiting|underpaid|trouble|paid|surplus|failed|mismatch|notice|recent|settings|training}.
 * Prints READY when the state is on screen.
 */
public final class UiPreview {

    private UiPreview() {
    }

    public static void main(String[] args) {
        String screen = args.length == 0 ? "keypad" : args[0];
        FakeCheckout checkout = new FakeCheckout();
        checkout.autoOpen = true;
        checkout.quoteAssets = List.of(QuoteAsset.USD, fiat("eur", "EUR"), fiat("gbp", "GBP"), fiat("chf", "CHF"),
                fiat("jpy", "JPY"), crypto("4d8c508b-91c5-375b-92b0-ee702ed2dac5", "USDT"),
                crypto("9b180ab6-6abe-3dc0-a13f-04169eb34bfa", "USDC"), Sales.BTC,
                crypto("43d61dcd-e413-450d-80b8-101d5e903357", "ETH"),
                crypto("c94ac88f-4671-3976-b60a-09064f1811e8", "XIN"));
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setX(0);
            stage.setY(0);
            TrainingCustomer customer = (sale, action) -> System.out.println("customer: " + action);
            new PosWindow(stage, checkout, checkout.records(), new UiOptions(screen.equals("training"), QuoteAsset.USD, Sales.PAYEE,
                    "one-time", null), new FakeSettings(), customer, SoundCue.SILENT).show();
            stage.setWidth(1280);
            stage.setHeight(800);
            new Thread(() -> drive(screen, checkout, stage.getScene())).start();
        });
    }

    private static void drive(String screen, FakeCheckout checkout, Scene scene) {
        if (screen.equals("recent")) {
            seedHistory(checkout);
            key(scene, KeyCode.F2);
        } else if (screen.equals("settings")) {
            key(scene, KeyCode.F10);
        } else if (screen.equals("currency")) {
            type(scene, "80");
            key(scene, KeyCode.F3);
        } else {
            type(scene, screen.equals("keypad") ? "1234.5" : "24.90");
            if (screen.equals("keypad")) {
                type(scene, "67");
            } else {
                key(scene, KeyCode.ENTER);
                act(screen, checkout, checkout.lastCharged(), scene);
            }
        }
        Platform.runLater(() -> System.out.println("READY"));
    }

    private static QuoteAsset fiat(String id, String symbol) {
        return new QuoteAsset(id, symbol, id.equals("jpy") ? 0 : 2, null, null, true);
    }

    private static QuoteAsset crypto(String id, String symbol) {
        return new QuoteAsset(id, symbol, 8, null, null, false);
    }

    private static void act(String screen, FakeCheckout checkout, SaleSnapshot s, Scene scene) {
        Instant recently = Instant.now().minusSeconds(40);
        switch (screen) {
            case "underpaid" -> checkout.push(Sales.status(s, "paid_less", -1, "20.5", "24.9", "USDT"));
            case "trouble" -> checkout.setHealth(new ConnectionHealth(true, recently, ConnectionHealth.Problem.UNREACHABLE));
            case "training" -> checkout.push(Sales.status(s, "confirming", 2, null, null, null));
            case "paid" -> checkout.push(Sales.outcome(s, Outcome.PAID, "success"));
            case "surplus" -> checkout.push(Sales.surplus(s, "1.1", SurplusStatus.SENDING));
            case "failed" -> checkout.push(Sales.failed(s, "40024"));
            case "mismatch" -> checkout.push(Sales.mismatch(s,
                    Reason.mismatch(Reason.MismatchField.PAYEE, s.sale().payeeId(), "9f0e0000-0000-4000-8000-000000000001"),
                    Reason.mismatch(Reason.MismatchField.AMOUNT, "24.90", "2.49")));
            case "notice" -> {
                key(scene, KeyCode.ESCAPE);
                key(scene, KeyCode.ENTER);
                checkout.push(Sales.outcome(s, Outcome.PAID_AFTER_CANCEL, "success"));
            }
            default -> { }
        }
    }

    private static void seedHistory(FakeCheckout checkout) {
        String[] amounts = {"4.50", "12.00", "7.25", "99.99", "1.00", "24.90"};
        for (int i = 0; i < amounts.length; i++) {
            SaleSnapshot s = Sales.open(amounts[i]);
            SaleSnapshot st = switch (i) {
                case 0 -> Sales.outcome(s, Outcome.PAID, "success");
                case 1 -> Sales.failed(s, "40000");
                case 2 -> Sales.surplus(s, "0.3", SurplusStatus.SUCCESS);
                case 3 -> Sales.mismatch(s, Reason.mismatch(Reason.MismatchField.AMOUNT, s.sale().amount().toWire(), null));
                case 4 -> Sales.outcome(s, Outcome.CANCELLED, "unpaid");
                default -> Sales.status(s, "confirming", 1, null, null, null);
            };
            checkout.sales.put(st.orderId(), st);
            if (i == amounts.length - 1) {
                checkout.events.put(st.orderId(), List.of(
                        new SaleEvent(1, st.orderId(), s.sale().createdAt(), SaleEvent.CREATED, Outcome.CREATING, "", null, "", Sale.UNNAMED_TILL),
                        new SaleEvent(2, st.orderId(), s.state().updatedAt(), SaleEvent.LINK_CREATED, Outcome.OPEN, "unpaid", null, "", Sale.UNNAMED_TILL),
                        new SaleEvent(3, st.orderId(), st.state().updatedAt(), SaleEvent.STATUS, Outcome.OPEN, "confirming", null, "", Sale.UNNAMED_TILL)));
            }
        }
    }

    private static void type(Scene scene, String text) {
        for (char c : text.toCharArray()) {
            onFx(() -> Event.fireEvent(target(scene), new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(c), "",
                    KeyCode.UNDEFINED, false, false, false, false)));
        }
    }

    private static void key(Scene scene, KeyCode code) {
        onFx(() -> Event.fireEvent(target(scene), new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code,
                false, false, false, false)));
    }

    private static javafx.scene.Node target(Scene scene) {
        return scene.getFocusOwner() != null ? scene.getFocusOwner() : scene.getRoot();
    }

    private static void onFx(Runnable r) {
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        Platform.runLater(() -> {
            r.run();
            done.countDown();
        });
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
