package app.mixpos.screens;

import app.mixpos.training.MixPaySimulator;
import app.mixpos.training.Scenario;
import app.mixpos.training.SimulatedCustomer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * The MixPay simulator on its own, for running the real app in its live layout (a payee, training off) against
 * loopback: prints {@code API <url>} and {@code PAY <url>}, then takes one command per line on standard input:
 * {@code play SCENARIO} plays a customer's scenario (e.g. {@code pay_exactly}, {@code overpay}, {@code fail_40000})
 * on the newest payment; {@code tamper FIELD VALUE} makes MixPay's answers about it carry another value (a success
 * that does not match the sale). Used by {@code assets/screenshots/take.sh}; never by the app.
 */
public final class StandaloneMixPay {

    private StandaloneMixPay() {
    }

    public static void main(String[] args) throws Exception {
        try (MixPaySimulator mixpay = MixPaySimulator.start(Clock.systemUTC())) {
            System.out.println("API " + mixpay.apiUrl());
            System.out.println("PAY " + mixpay.payUrl());
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] cmd = line.strip().split("\\s+");
                if (cmd.length == 2 && cmd[0].equals("play")) {
                    Optional<SimulatedCustomer> newest = mixpay.latest();
                    Scenario scenario = Scenario.valueOf(cmd[1].toUpperCase(Locale.ROOT));
                    newest.ifPresent(c -> c.play(scenario));
                    System.out.println(newest.isPresent() ? "PLAYED " + scenario + " " + newest.get().orderId()
                            : "NO PAYMENT YET");
                } else if (cmd.length == 3 && cmd[0].equals("tamper")) {
                    mixpay.latest().ifPresent(c -> c.tamper(cmd[1], cmd[2]));
                    System.out.println("TAMPERED " + cmd[1]);
                } else if (!line.isBlank()) {
                    System.out.println("UNKNOWN " + line);
                }
                System.out.flush();
            }
        }
    }
}
