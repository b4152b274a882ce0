package app.mixpos.printing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An ESC/POS printer on the network, raw TCP (port 9100 by convention). Before the receipt is sent the printer is
 * asked for its paper sensor ({@code DLE EOT 4}); a printer that reports the paper out gets nothing, and one that does
 * not answer is printed to anyway (not every model answers). The whole receipt must be taken within
 * {@code writeTimeout}, or the connection is closed: a printer out of paper or with its cover open stops reading.
 */
public final class EscPosNetwork implements ReceiptOutput {

    private static final byte[] PAPER_SENSOR = {0x10, 0x04, 0x04};
    private static final int PAPER_END = 0x60;
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "printer-watchdog");
        t.setDaemon(true);
        return t;
    });

    private final String host;
    private final int port;
    private final int width;
    private final Duration connectTimeout;
    private final Duration statusTimeout;
    private final Duration writeTimeout;

    public EscPosNetwork(String host, int port, int width, Duration connectTimeout, Duration statusTimeout,
                         Duration writeTimeout) {
        this.host = Objects.requireNonNull(host, "host");
        this.port = port;
        this.width = width;
        this.connectTimeout = connectTimeout;
        this.statusTimeout = statusTimeout;
        this.writeTimeout = writeTimeout;
    }

    /** The usual timeouts: 3 s to connect, 0.5 s for the paper sensor, 10 s for the receipt. */
    public EscPosNetwork(String host, int port, int width) {
        this(host, port, width, Duration.ofSeconds(3), Duration.ofMillis(500), Duration.ofSeconds(10));
    }

    @Override
    public void print(Receipt receipt, ReceiptWords words) throws PrintException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            EscPosReceipt.write(receipt, words, width, bytes);
        } catch (IOException e) {
            throw new PrintException(PrintProblem.FAILED, "Could not lay out the receipt", e);
        }
        String where = host + ":" + port;
        try (Socket socket = new Socket()) {
            try {
                socket.connect(new InetSocketAddress(host, port), (int) connectTimeout.toMillis());
            } catch (UnknownHostException | ConnectException | SocketTimeoutException e) {
                throw new PrintException(PrintProblem.UNREACHABLE, "The printer at " + where + " did not answer", e);
            } catch (IOException e) {
                throw new PrintException(PrintProblem.UNREACHABLE, "Could not connect to the printer at " + where, e);
            }
            OutputStream out = socket.getOutputStream();
            if (paperOut(socket, out)) {
                throw new PrintException(PrintProblem.PAPER_OUT, "The printer at " + where + " reports no paper", null);
            }
            AtomicBoolean late = new AtomicBoolean();
            ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
                late.set(true);
                closeQuietly(socket);
            }, writeTimeout.toMillis(), TimeUnit.MILLISECONDS);
            try {
                out.write(bytes.toByteArray());
                out.flush();
                socket.shutdownOutput();
            } catch (IOException e) {
                throw new PrintException(late.get() ? PrintProblem.TIMED_OUT : PrintProblem.FAILED,
                        "The printer at " + where + " did not take the receipt"
                                + (late.get() ? " within " + writeTimeout.toSeconds() + " s" : ""), e);
            } finally {
                watchdog.cancel(false);
            }
        } catch (IOException e) {
            throw new PrintException(PrintProblem.FAILED, "The connection to the printer at " + where + " failed", e);
        }
    }

    private boolean paperOut(Socket socket, OutputStream out) throws PrintException {
        try {
            out.write(PAPER_SENSOR);
            out.flush();
            socket.setSoTimeout((int) statusTimeout.toMillis());
            InputStream in = socket.getInputStream();
            int status = in.read();
            return status >= 0 && (status & PAPER_END) == PAPER_END;
        } catch (SocketTimeoutException noAnswer) {
            return false;
        } catch (IOException e) {
            throw new PrintException(PrintProblem.FAILED, "The printer at " + host + ":" + port
                    + " closed the connection", e);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing is how a stuck write is ended; the write reports the failure
        }
    }
}
