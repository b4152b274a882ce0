package app.mixpos.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class VersionTest {

    @Test
    void buildFillsInTheProjectVersion() {
        assertThat(Version.current()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(Version.line()).isEqualTo("MixPay POS " + Version.current());
    }

    @Test
    void unfilteredPlaceholderCountsAsUnknown() throws IOException {
        assertThat(Version.from(stream("version=${project.version}"))).isEqualTo(Version.UNKNOWN);
        assertThat(Version.from(stream(""))).isEqualTo(Version.UNKNOWN);
        assertThat(Version.from(stream("version=1.2.3\n"))).isEqualTo("1.2.3");
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
