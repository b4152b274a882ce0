package app.mixpos.reliability;

import app.mixpos.checkout.CheckoutListener;
import app.mixpos.config.Settings;
import app.mixpos.sale.AmountParser;
import app.mixpos.sale.AmountResult;
import app.mixpos.sale.LinkMode;
import app.mixpos.sale.PaymentExpiry;
import app.mixpos.sale.QuoteAsset;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.wiring.EngineRuntime;
import app.mixpos.wiring.PosEngine;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The till in a child JVM for {@link CrashRecoveryTest}: the real engine ({@link EngineRuntime#real()}) on a
 * data folder, pointed at the parent's simulator, started as the app starts it (resume, then the hash-chain check
 * beside the open log). Reads commands on stdin ({@code charge <amount>},
 * {@code check <orderId>}) and prints markers on stdout: {@code READY}, {@code CHARGING <amount>},
 * {@code SHOWN <orderId> <link>} once a QR would be on screen, and {@code SALE <orderId> <outcome> <status> watching|done}
 * for every change the engine reports (each already in the receipt log). The parent kills it at will.
 */
public final class CrashChild {

    public static final String PAYEE = "5f1e2d3c-4b5a-4697-8877-665544332211";

    private CrashChild() {
    }

    /**
     * The child runs on the real clock while the test moves the simulator's clock 35 s ahead per kill point (up to
     * about 20 minutes), and each child charges before any answer has told it MixPay's clock: a deadline of the
     * default 15 minutes would already have passed for MixPay. MixPay's longest
     * deadline keeps that artificial clock difference out of a test about crashes.
     */
    public static void main(String[] args) throws Exception {
        Settings settings = new Settings(Path.of(args[0]), PAYEE, Settings.DEFAULT_SETTLEMENT_ASSET, "usd",
                URI.create(args[1]), URI.create(args[2]), LinkMode.ONE_TIME, false, 40, PaymentExpiry.MAX);
        try (PosEngine engine = PosEngine.open(settings, EngineRuntime.real())) {
            engine.checkout().addListener(new CheckoutListener() {
                @Override
                public void saleChanged(SaleSnapshot sale) {
                    say("SALE " + sale.orderId() + " " + sale.state().outcome() + " " + sale.state().status().wire()
                            + " " + (sale.state().needsWatching() ? "watching" : "done"));
                }
            });
            engine.start();
            engine.checkChain().join().ifPresent(w -> say("CHAIN " + w));
            say("READY");
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] cmd = line.strip().split(" ");
                switch (cmd[0]) {
                    case "charge" -> {
                        AmountResult amount = AmountParser.parse(cmd[1], QuoteAsset.USD);
                        say("CHARGING " + cmd[1]);
                        engine.checkout().charge(((AmountResult.Valid) amount).amount(), null)
                                .thenAccept(s -> say("SHOWN " + s.orderId() + " " + s.state().outcome() + " "
                                        + s.sale().paymentLink()));
                    }
                    case "check" -> engine.checkout().checkNow(cmd[1]);
                    default -> say("UNKNOWN " + line);
                }
            }
        }
    }

    private static synchronized void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
