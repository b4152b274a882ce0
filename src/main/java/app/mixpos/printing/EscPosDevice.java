package app.mixpos.printing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * An ESC/POS printer behind a device file ({@code /dev/usb/lp0}). A printer out of paper blocks the write; after
 * {@code writeTimeout} the receipt counts as not printed and the stuck write is left to the daemon thread.
 */
public final class EscPosDevice implements ReceiptOutput {

    private final Path device;
    private final int width;
    private final Duration writeTimeout;

    public EscPosDevice(Path device, int width, Duration writeTimeout) {
        this.device = device;
        this.width = width;
        this.writeTimeout = writeTimeout;
    }

    @Override
    public void print(Receipt receipt, ReceiptWords words) throws PrintException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            EscPosReceipt.write(receipt, words, width, bytes);
        } catch (IOException e) {
            throw new PrintException(PrintProblem.FAILED, "Could not lay out the receipt", e);
        }
        if (!Files.exists(device)) {
            throw new PrintException(PrintProblem.NO_DEVICE, "There is no printer device " + device, null);
        }
        CompletableFuture<Void> write = new CompletableFuture<>();
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(device, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                out.write(bytes.toByteArray());
                out.flush();
                write.complete(null);
            } catch (IOException | RuntimeException e) {
                write.completeExceptionally(e);
            }
        }, "printer-device-write");
        writer.setDaemon(true);
        writer.start();
        try {
            write.get(writeTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            writer.interrupt();
            throw new PrintException(PrintProblem.TIMED_OUT, "The printer " + device + " did not take the receipt within "
                    + writeTimeout.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PrintException(PrintProblem.FAILED, "Interrupted while printing to " + device, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            PrintProblem problem = cause instanceof NoSuchFileException || cause instanceof AccessDeniedException
                    ? PrintProblem.NO_DEVICE : PrintProblem.FAILED;
            throw new PrintException(problem, "Could not write to the printer " + device + ": " + cause, cause);
        }
    }
}
