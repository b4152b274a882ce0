package app.mixpos.reliability;

import app.mixpos.mixpay.MixPayClient;
import app.mixpos.testing.MutableClock;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import okhttp3.Dns;
import okhttp3.OkHttpClient;
import okhttp3.Response;

/**
 * The engine's HTTP client as the app builds it, with what the reliability tests need on top: a short read
 * timeout (so a held-back answer times out in a fraction of a second), a log of every request the app
 * attempts (even those that never reach a server), a MixPay host whose name resolution can be taken down,
 * and optionally till time that passes while an answer is slow.
 */
final class TestHttp {

    /** A host that never resolves (RFC 2606): while {@link #dnsDown()} its lookups go to the real resolver. */
    static final String DOWN_HOST = "mixpay-down.invalid";
    static final Duration READ_TIMEOUT = Duration.ofMillis(500);

    private final List<Instant> attempts = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean dnsDown;
    private volatile Duration slowCallTakes;
    private volatile OkHttpClient last;

    /** A new client for one engine, stamping requests with the engine's clock. */
    OkHttpClient client(MutableClock clock) {
        last = MixPayClient.defaultHttpClient().newBuilder()
                .readTimeout(READ_TIMEOUT)
                .callTimeout(Duration.ofSeconds(3))
                .dns(new SwitchableDns())
                .addInterceptor(chain -> {
                    attempts.add(clock.instant());
                    long started = System.nanoTime();
                    Response response = chain.proceed(chain.request());
                    Duration stretch = slowCallTakes;
                    if (stretch != null && System.nanoTime() - started >= READ_TIMEOUT.toNanos() / 3) {
                        clock.advance(stretch);
                    }
                    return response;
                })
                .build();
        return last;
    }

    /** {@code api} with its host replaced by {@link #DOWN_HOST}, same port. */
    static URI onDownHost(URI api) {
        return URI.create(api.toString().replace(api.getHost(), DOWN_HOST));
    }

    /** Every request the app attempted, by the engine's clock. */
    List<Instant> attempts() {
        synchronized (attempts) {
            return List.copyOf(attempts);
        }
    }

    void dnsDown(boolean down) {
        dnsDown = down;
        if (down && last != null) {
            last.connectionPool().evictAll();
        }
    }

    boolean dnsDown() {
        return dnsDown;
    }

    /** From now on an answer that comes back noticeably late is taken to have cost {@code d} of till time. */
    void slowCallsTake(Duration d) {
        slowCallTakes = d;
    }

    private final class SwitchableDns implements Dns {
        @Override
        public List<InetAddress> lookup(String hostname) throws UnknownHostException {
            if (DOWN_HOST.equals(hostname) && !dnsDown) {
                return List.of(InetAddress.getByName("127.0.0.1"));
            }
            return Dns.SYSTEM.lookup(hostname);
        }
    }
}
