package app.mixpos.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HelpTextTest {

    @TempDir
    Path home;

    @Test
    void listsEveryOptionWithItsVariableKeyAndDefault() {
        String help = HelpText.render(new Host(Host.Os.LINUX, home), Map.of());

        for (Option option : Option.values()) {
            assertThat(help).contains(option.flag());
            if (option.env() != null) {
                assertThat(help).contains(option.env());
            }
            if (option.fileKey() != null) {
                assertThat(help).contains("file key " + option.fileKey());
            }
            if (option.defaultText() != null) {
                assertThat(help).contains("default: " + option.defaultText());
            }
        }
        assertThat(help).contains("4d8c508b-91c5-375b-92b0-ee702ed2dac5", "https://api.mixpay.me/v1", "one-time");
    }

    @Test
    void showsThisHostsDataFolderAndThePrecedence() {
        String help = HelpText.render(new Host(Host.Os.LINUX, home), Map.of());

        assertThat(help).contains(home.resolve(".local/share/mixpay-pos").toString())
                .contains("command-line flags, environment variables, the settings file, defaults");
    }
}
