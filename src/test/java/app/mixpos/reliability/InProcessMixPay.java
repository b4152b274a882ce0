package app.mixpos.reliability;

import app.mixpos.mixpay.MixPayClient;
import app.mixpos.training.MixPaySimulator;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;

/**
 * The app's own HTTP client with the socket taken out: every request is answered by the simulator's
 * {@link MixPaySimulator#serveInProcess} on the calling thread. Everything above the socket is the app's real
 * code (request building, envelope and result parsing, rate-limit headers); everything behind it is the
 * simulator's real API (validation, ledger, expiry, rate limit). Used where months of polling on a manual
 * clock would take minutes over loopback.
 */
final class InProcessMixPay implements Interceptor {

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final MixPaySimulator simulator;

    private InProcessMixPay(MixPaySimulator simulator) {
        this.simulator = simulator;
    }

    /** The app's default client, answering from {@code simulator} without the network. */
    static OkHttpClient client(MixPaySimulator simulator) {
        return MixPayClient.defaultHttpClient().newBuilder().addInterceptor(new InProcessMixPay(simulator)).build();
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        String body = null;
        String contentType = null;
        if (request.body() != null) {
            Buffer buffer = new Buffer();
            request.body().writeTo(buffer);
            body = buffer.readUtf8();
            MediaType type = request.body().contentType();
            contentType = type == null ? null : type.toString();
        }
        MixPaySimulator.Answer answer = simulator.serveInProcess(request.method(), request.url().uri(), contentType,
                body);
        Response.Builder response = new Response.Builder().request(request).protocol(Protocol.HTTP_1_1)
                .code(answer.status()).message("in process")
                .body(ResponseBody.create(answer.body(), JSON));
        answer.headers().forEach(response::header);
        return response.build();
    }
}
