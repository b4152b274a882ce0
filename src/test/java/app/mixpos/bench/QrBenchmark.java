package app.mixpos.bench;

import app.mixpos.ui.payment.QrImage;
import com.google.zxing.common.BitMatrix;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.WritableImage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The QR code the payment screen shows: ZXing encoding, then the pixels at the scale a 1280×800 window uses. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class QrBenchmark {

    /** A one-time payment link as the app shows it (~60 characters). */
    static final String ONE_TIME = "https://mixpay.me/code/1b2c3d4e-5f60-4718-8a9b-0c1d2e3f4a5b";
    /** A universal paylink with every parameter the app sends (~250 characters). */
    static final String PAYLINK = "https://mixpay.me/pay?payeeId=5f1e2d3c-4b5a-4697-8877-665544332211"
            + "&settlementAssetId=4d8c508b-91c5-375b-92b0-ee702ed2dac5&quoteAssetId=usd&quoteAmount=12.50"
            + "&orderId=T1-20261121-101530-0042&traceId=0b6f1c2e-3d4a-4b5c-8d6e-7f8091a2b3c4&remark=till%201";
    /** The QR box of the payment screen in a 1280×800 window is about 600 px across. */
    static final int SIDE_PX = 600;

    @Param({"one-time", "paylink"})
    public String link;

    private String text;
    private BitMatrix matrix;

    @Setup
    public void setUp() {
        text = link.equals("paylink") ? PAYLINK : ONE_TIME;
        matrix = QrImage.encode(text);
    }

    @Benchmark
    public BitMatrix encode() {
        return QrImage.encode(text);
    }

    @Benchmark
    public WritableImage encodeAndRender() {
        BitMatrix m = QrImage.encode(text);
        return QrImage.render(m, SIDE_PX / QrImage.modulesWithQuietZone(m));
    }

    @Benchmark
    public WritableImage renderOnly() {
        return QrImage.render(matrix, SIDE_PX / QrImage.modulesWithQuietZone(matrix));
    }
}
