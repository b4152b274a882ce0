package app.mixpos.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DisplayOptionsTest {

    @TempDir
    Path data;

    @Test
    void withNothingSetAnySecondMonitorFacesTheCustomerWithNoTitle() {
        assertThat(DisplayOptions.parse(List.of(), Map.of(), data)).isEqualTo(DisplayOptions.DEFAULT);
    }

    @Test
    void aMonitorIsReadFromTheFileAndTheFlagBeatsIt() throws Exception {
        Files.writeString(data.resolve(SettingsFile.NAME), "customerDisplay=1280,0,1024x768\n"
                + "customerDisplayTitle=Corner Caf\u00e9\n");
        DisplayOptions fromFile = DisplayOptions.parse(List.of(), Map.of(), data);
        assertThat(fromFile.customerDisplay()).isEqualTo(
                CustomerDisplayChoice.monitor(new MonitorBounds(1280, 0, 1024, 768)));
        assertThat(fromFile.title()).isEqualTo("Corner Caf\u00e9");
        assertThat(DisplayOptions.parse(List.of("--customer-display", "none"), Map.of(), data).customerDisplay())
                .isEqualTo(CustomerDisplayChoice.NONE);
    }

    @Test
    void theChoiceWrittenIsReadBackTheSame() {
        for (String text : List.of("auto", "none", "-1920,0,1920x1080", "1280,0,1024x768")) {
            assertThat(CustomerDisplayChoice.parse(text).text()).isEqualTo(text);
        }
        assertThat(CustomerDisplayChoice.parse(" 1280 , 0 , 1024 X 768 ").monitor())
                .isEqualTo(new MonitorBounds(1280, 0, 1024, 768));
    }

    @Test
    void aBadChoiceSaysWhatIsWrongAndWhatToDo() {
        assertThatThrownBy(() -> DisplayOptions.parse(List.of("--customer-display", "second"), Map.of(), data))
                .isInstanceOf(ConfigException.class)
                .hasMessage("--customer-display \"second\" is not auto, none or a monitor's place and size like "
                        + "1280,0,1024x768; choose the monitor in the settings screen, or leave it out to use any "
                        + "second monitor.");
        assertThatThrownBy(() -> DisplayOptions.parse(List.of(), Map.of("MIXPAY_POS_CUSTOMER_DISPLAY", "0,0,0x768"),
                data)).isInstanceOf(ConfigException.class).hasMessageContaining("MIXPAY_POS_CUSTOMER_DISPLAY");
    }

    @Test
    void aTitleOfTwoLinesOrTooLongIsRefused() {
        assertThatThrownBy(() -> DisplayOptions.parse(List.of("--customer-display-title", "a".repeat(61)), Map.of(),
                data)).isInstanceOf(ConfigException.class).hasMessageContaining("at most 60 characters");
    }
}
