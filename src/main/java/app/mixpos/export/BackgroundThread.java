package app.mixpos.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the calling thread one the operating system runs only when nothing else wants the processor. Java's thread
 * priorities do nothing on Linux (HotSpot ignores them unless started with {@code -XX:ThreadPriorityPolicy=1}), so an
 * export at {@link Thread#MIN_PRIORITY} used to take its full share of the two cores from the till's own threads.
 * On Linux a thread is a task with its own nice value: {@code renice} sets the calling task's (found through
 * {@code /proc/thread-self}) to 19, the weakest, which raises no privilege. Elsewhere, or if that fails, nothing
 * changes and the export runs as before.
 */
final class BackgroundThread {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundThread.class);
    private static final Path SELF = Path.of("/proc/thread-self");

    private BackgroundThread() {
    }

    /** Lowers the calling thread's share of the processor when it runs at {@link Thread#MIN_PRIORITY}. */
    static void yieldToTheTill() {
        if (Thread.currentThread().getPriority() != Thread.MIN_PRIORITY || !Files.isSymbolicLink(SELF)) {
            return;
        }
        try {
            String task = Files.readSymbolicLink(SELF).getFileName().toString();
            Process renice = new ProcessBuilder("renice", "-n", "19", "-p", task).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!renice.waitFor(5, TimeUnit.SECONDS) || renice.exitValue() != 0) {
                renice.destroy();
                LOG.info("Could not lower the export thread's priority (renice); it runs at the usual one");
            }
        } catch (IOException e) {
            LOG.info("Could not lower the export thread's priority ({}); it runs at the usual one", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
