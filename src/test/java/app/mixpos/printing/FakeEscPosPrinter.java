package app.mixpos.printing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A network receipt printer on loopback: takes one connection, answers the paper sensor query ({@code DLE EOT 4})
 * with paper present or out, and records every byte it is sent until the till closes its side.
 */
final class FakeEscPosPrinter implements AutoCloseable {

    private final ServerSocket server;
    private final CompletableFuture<byte[]> received = new CompletableFuture<>();

    FakeEscPosPrinter(boolean paperOut) throws IOException {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> serve(paperOut), "fake-printer");
        t.setDaemon(true);
        t.start();
    }

    int port() {
        return server.getLocalPort();
    }

    byte[] bytes() throws Exception {
        return received.get(10, TimeUnit.SECONDS);
    }

    private void serve(boolean paperOut) {
        try (Socket s = server.accept()) {
            InputStream in = s.getInputStream();
            OutputStream out = s.getOutputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            byte[] sensor = in.readNBytes(3);
            all.write(sensor);
            if (sensor.length == 3 && sensor[0] == 0x10 && sensor[1] == 0x04 && sensor[2] == 0x04) {
                out.write(paperOut ? 0x72 : 0x12);
                out.flush();
            }
            in.transferTo(all);
            received.complete(all.toByteArray());
        } catch (Exception e) {
            received.completeExceptionally(e);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
