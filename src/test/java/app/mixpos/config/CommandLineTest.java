package app.mixpos.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void acceptsSpaceAndEqualsForms() {
        CommandLine line = CommandLine.parse(List.of("--currency", "eur", "--link-mode=paylink", "--training"));

        assertThat(line.values()).containsEntry(Option.CURRENCY, "eur").containsEntry(Option.LINK_MODE, "paylink");
        assertThat(line.has(Option.TRAINING)).isTrue();
        assertThat(line.has(Option.SMOKE)).isFalse();
    }

    @Test
    void equalsFormKeepsEverythingAfterTheFirstEquals() {
        CommandLine line = CommandLine.parse(List.of("--api-url=https://x.example/v1?a=b"));

        assertThat(line.values()).containsEntry(Option.API_URL, "https://x.example/v1?a=b");
    }

    @Test
    void repeatedOptionKeepsTheLastValue() {
        assertThat(CommandLine.parse(List.of("--currency", "eur", "--currency=gbp")).values())
                .containsEntry(Option.CURRENCY, "gbp");
    }

    @Test
    void unknownOptionIsNamedAndHelpSuggested() {
        assertThatThrownBy(() -> CommandLine.parse(List.of("--payee", "x")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("unknown option --payee; run mixpay-pos --help to see the options.");
        assertThatThrownBy(() -> CommandLine.parse(List.of("--colour=red")))
                .hasMessageStartingWith("unknown option --colour;");
    }

    @Test
    void strayArgumentIsRefused() {
        assertThatThrownBy(() -> CommandLine.parse(List.of("usd")))
                .hasMessageStartingWith("unexpected argument \"usd\"")
                .hasMessageContaining("--help");
    }

    @Test
    void optionWithoutValueIsRefused() {
        assertThatThrownBy(() -> CommandLine.parse(List.of("--payee-id")))
                .hasMessageStartingWith("--payee-id needs a value (UUID)");
        assertThatThrownBy(() -> CommandLine.parse(List.of("--payee-id", "--training")))
                .hasMessageStartingWith("--payee-id needs a value");
    }

    @Test
    void switchGivenAValueIsRefused() {
        assertThatThrownBy(() -> CommandLine.parse(List.of("--training=false")))
                .hasMessageStartingWith("--training takes no value (got \"false\")");
    }
}
