package app.mixpos.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.config.Language;
import app.mixpos.config.Settings;
import app.mixpos.config.SettingsFile;
import app.mixpos.sale.LinkMode;
import app.mixpos.ui.settings.SettingsViewModel;
import app.mixpos.wiring.FileSettingsEditor;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings screen's choice of the cashier's and the customer's language, in force from the next start. */
class LanguageChoiceTest {

    private static final Executor NOW = Runnable::run;
    private final FakeCheckout checkout = new FakeCheckout();

    @Test
    void theScreenShowsTheSavedLanguagesAndSavesAChangeOfEither() {
        FakeSettings editor = new FakeSettings();
        editor.saveLanguages(new SettingsEditor.Languages(Language.JAPANESE, Language.ENGLISH));
        editor.savedLanguages.clear();
        SettingsViewModel vm = new SettingsViewModel(checkout, editor, false, NOW, NOW, () -> { });
        vm.load();

        assertThat(vm.languageProperty().get()).isEqualTo(Language.JAPANESE);
        assertThat(vm.customerLanguageProperty().get()).isEqualTo(Language.ENGLISH);

        vm.customerLanguageProperty().set(Language.SIMPLIFIED_CHINESE);
        vm.save();

        assertThat(editor.savedLanguages).containsExactly(
                new SettingsEditor.Languages(Language.JAPANESE, Language.SIMPLIFIED_CHINESE));
    }

    @Test
    void savingWithoutChangingTheLanguagesLeavesThemToTheComputer() {
        FakeSettings editor = new FakeSettings();
        SettingsViewModel vm = new SettingsViewModel(checkout, editor, false, NOW, NOW, () -> { });
        vm.load();

        vm.save();

        assertThat(editor.saved).hasSize(1);
        assertThat(editor.savedLanguages).isEmpty();
    }

    @Test
    void theFileEditorWritesBothLanguagesForTheNextStart(@TempDir Path dir) throws Exception {
        Settings running = new Settings(dir, null, Settings.DEFAULT_SETTLEMENT_ASSET, "usd", Settings.DEFAULT_API_URL,
                Settings.DEFAULT_PAY_URL, LinkMode.ONE_TIME, true, 40).withLanguages(Language.ENGLISH,
                Language.ENGLISH);
        FileSettingsEditor editor = new FileSettingsEditor(running);

        editor.saveLanguages(new SettingsEditor.Languages(Language.SIMPLIFIED_CHINESE, Language.JAPANESE));

        assertThat(SettingsFile.read(dir)).containsEntry("language", "zh-CN").containsEntry("customerLanguage", "ja");
        assertThat(editor.languages().cashier()).isEqualTo(Language.SIMPLIFIED_CHINESE);
    }
}
