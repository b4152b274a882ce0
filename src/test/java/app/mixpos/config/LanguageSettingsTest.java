package app.mixpos.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LanguageSettingsTest {

    @TempDir
    Path dataDir;

    private Settings launch(Locale machine, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.add("--data-dir=" + dataDir);
        return LaunchOptions.parse(all, Map.of(), new Host(Host.Os.LINUX, dataDir.resolve("home"), machine))
                .settings();
    }

    @Test
    void theCashiersLanguageDefaultsToTheComputersWhenTheTillHasIt() {
        assertThat(launch(Locale.SIMPLIFIED_CHINESE).language()).isEqualTo(Language.SIMPLIFIED_CHINESE);
        assertThat(launch(Locale.forLanguageTag("zh-Hans-SG")).language()).isEqualTo(Language.SIMPLIFIED_CHINESE);
        assertThat(launch(Locale.JAPAN).language()).isEqualTo(Language.JAPANESE);
        assertThat(launch(Locale.GERMANY).language()).isEqualTo(Language.ENGLISH);
        assertThat(launch(Locale.TRADITIONAL_CHINESE).language()).as("no Traditional Chinese bundle yet")
                .isEqualTo(Language.ENGLISH);
        assertThat(launch(Locale.forLanguageTag("zh-Hant-HK")).language()).isEqualTo(Language.ENGLISH);
    }

    @Test
    void theCustomerDisplaySpeaksTheCashiersLanguageUnlessChosenApart() {
        Settings same = launch(Locale.JAPAN);
        Settings apart = launch(Locale.JAPAN, "--customer-language", "zh-CN");
        Settings cashierChosen = launch(Locale.GERMANY, "--language", "ja");

        assertThat(same.customerLanguage()).isEqualTo(Language.JAPANESE);
        assertThat(apart.language()).isEqualTo(Language.JAPANESE);
        assertThat(apart.customerLanguage()).isEqualTo(Language.SIMPLIFIED_CHINESE);
        assertThat(cashierChosen.customerLanguage()).isEqualTo(Language.JAPANESE);
    }

    @Test
    void aLanguageTheTillDoesNotSpeakStopsTheStartSayingWhichItDoes() {
        assertThatThrownBy(() -> launch(Locale.ENGLISH, "--language", "de"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("--language")
                .hasMessageContaining("en, zh-CN, ja");
    }

    @Test
    void theSettingsScreensChoiceIsKeptInTheFileAndReadAtTheNextStart() throws IOException {
        SettingsFile.merge(dataDir, Map.of("tillId", "T2"));
        SettingsFile.saveLanguages(dataDir, Language.SIMPLIFIED_CHINESE, Language.ENGLISH);

        Settings next = launch(Locale.JAPAN);

        assertThat(next.language()).isEqualTo(Language.SIMPLIFIED_CHINESE);
        assertThat(next.customerLanguage()).isEqualTo(Language.ENGLISH);
        assertThat(next.tillId()).isEqualTo("T2");
        assertThat(SettingsFile.read(dataDir)).containsEntry("language", "zh-CN").containsEntry("customerLanguage", "en");
    }

    @Test
    void tagsAreReadIgnoringCaseAndUnderscores() {
        assertThat(Language.fromTag("ZH_cn")).isEqualTo(Language.SIMPLIFIED_CHINESE);
        assertThat(Language.fromTag("zh-Hans")).isEqualTo(Language.SIMPLIFIED_CHINESE);
        assertThat(Language.fromTag(" EN ")).isEqualTo(Language.ENGLISH);
        assertThat(Language.fromTag("zh-TW")).isNull();
        assertThat(Language.fromTag("")).isNull();
    }
}
