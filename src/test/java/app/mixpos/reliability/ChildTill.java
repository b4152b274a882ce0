package app.mixpos.reliability;

import static org.assertj.core.api.Assertions.fail;

import app.mixpos.training.MixPaySimulator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A {@link CrashChild} in its own JVM, on the test classpath; killed with SIGKILL, never asked to stop. */
final class ChildTill implements AutoCloseable {

    private static final Duration MARKER_TIMEOUT = Duration.ofSeconds(15);

    private final Process process;
    private final Writer stdin;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();

    private ChildTill(Process process) {
        this.process = process;
        this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread pump = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("EOF " + e);
            }
        }, "child-till-stdout");
        pump.setDaemon(true);
        pump.start();
    }

    static ChildTill start(Path dataDir, MixPaySimulator mixpay, Path stderr) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-Dmixpos.logDir=" + dataDir.resolve("logs"),
                "-cp", System.getProperty("java.class.path"),
                CrashChild.class.getName(), dataDir.toString(), mixpay.apiUrl().toString(), mixpay.payUrl().toString());
        pb.redirectError(ProcessBuilder.Redirect.appendTo(stderr.toFile()));
        return new ChildTill(pb.start());
    }

    /** The first line this child printed that {@code matches}, waiting for it if need be; fails after a timeout. */
    String await(Predicate<String> matches) {
        for (String line : seen) {
            if (matches.test(line)) {
                return line;
            }
        }
        long deadline = System.nanoTime() + MARKER_TIMEOUT.toNanos();
        try {
            while (true) {
                String line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (line == null) {
                    return fail("no matching line from the child till within " + MARKER_TIMEOUT + "; saw " + seen);
                }
                seen.add(line);
                if (matches.test(line)) {
                    return line;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted");
        }
    }

    String await(String prefix) {
        return await(l -> l.startsWith(prefix));
    }

    void send(String command) {
        try {
            stdin.write(command + "\n");
            stdin.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lets the child run on for {@code d} of real time (returns early only if it dies). */
    void runFor(Duration d) throws InterruptedException {
        if (!d.isZero() && process.waitFor(d.toMillis(), TimeUnit.MILLISECONDS)) {
            fail("the child till exited by itself with code " + process.exitValue() + "; saw " + seen);
        }
    }

    long pid() {
        return process.pid();
    }

    /** SIGKILL: no shutdown hook, no finally block, no close of the receipt log. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Closes stdin so the child closes its engine and exits normally. */
    int finish() throws InterruptedException, IOException {
        stdin.close();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return fail("the child till did not stop within 10 s");
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
