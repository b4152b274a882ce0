package app.mixpos;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.config.Host;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LaunchCheckTest {

    private static final String JAVAFX_RUN = "org.apache.maven.wrapper.MavenWrapperMain javafx:run -Dapp.args=x";

    @TempDir
    Path home;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aBadOptionThroughJavafxRunIsItsOneLineAndExitCodeTwo() {
        int code = check(JAVAFX_RUN, List.of("--currency", "12"));

        assertThat(code).isEqualTo(2);
        assertThat(printed()).hasLineCount(1).startsWith("mixpay-pos: --currency \"12\" is neither");
    }

    @Test
    void goodOptionsPassAndPrintNothing() {
        assertThat(check(JAVAFX_RUN, List.of("--currency", "eur", "--data-dir", home.resolve("d").toString())))
                .isZero();
        assertThat(printed()).isEmpty();
    }

    @Test
    void anyOtherBuildIsLeftAloneWhateverTheOptions() {
        assertThat(check("org.apache.maven.wrapper.MavenWrapperMain -B verify", List.of("--currency", "12"))).isZero();
        assertThat(printed()).isEmpty();
    }

    private int check(String command, List<String> args) {
        return LaunchCheck.check(command, args, Map.of(), new Host(Host.Os.LINUX, home),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return err.toString(StandardCharsets.UTF_8).strip();
    }
}
