package app.mixpos.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TillIdsTest {

    @TempDir
    Path dataDir;

    @Test
    void theFirstStartMakesUpAnIdAndWritesItToTheSettingsFile() {
        Settings parsed = launch(Map.of());
        assertThat(parsed.tillId()).isNull();

        Settings started = TillIds.keep(parsed, new Random(7));

        assertThat(started.tillId()).matches("T[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{4}");
        assertThat(SettingsFile.read(dataDir)).containsEntry("tillId", started.tillId());
    }

    @Test
    void theIdNeverChangesAgainOnLaterStartsAndTheFileIsNotRewritten() throws IOException {
        String first = TillIds.keep(launch(Map.of()), new Random(1)).tillId();
        String fileAfterFirst = Files.readString(SettingsFile.in(dataDir));

        Settings second = launch(Map.of());
        String kept = TillIds.keep(second, new Random(2)).tillId();

        assertThat(second.tillId()).isEqualTo(first);
        assertThat(kept).isEqualTo(first);
        assertThat(TillIds.keep(launch(Map.of()), new Random(3)).tillId()).isEqualTo(first);
        assertThat(Files.readString(SettingsFile.in(dataDir))).isEqualTo(fileAfterFirst);
    }

    @Test
    void trainingModeUsesTheSameId() {
        String live = TillIds.keep(launch(Map.of(), "--payee-id", "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d"),
                new Random(4)).tillId();

        Settings training = TillIds.keep(launch(Map.of(), "--training"), new Random(5));

        assertThat(training.training()).isTrue();
        assertThat(training.tillId()).isEqualTo(live);
    }

    @Test
    void aConfiguredIdIsUsedAsGivenAndNothingIsWritten() {
        Settings started = TillIds.keep(launch(Map.of(), "--till-id", "till2"), new Random(6));

        assertThat(started.tillId()).isEqualTo("TILL2");
        assertThat(SettingsFile.in(dataDir)).doesNotExist();
    }

    @Test
    void theIdIsAddedBesideTheOtherSettingsWithoutDroppingAny() throws IOException {
        SettingsFile.write(dataDir, Map.of("currency", "eur", SettingsFile.MANAGER_PIN, "pbkdf2-sha256$1$a$b"));

        String id = TillIds.keep(launch(Map.of()), new Random(8)).tillId();

        assertThat(SettingsFile.read(dataDir)).containsOnly(Map.entry("currency", "eur"),
                Map.entry(SettingsFile.MANAGER_PIN, "pbkdf2-sha256$1$a$b"), Map.entry("tillId", id));
    }

    @Test
    void derivedIdsUseEveryCharacterOfTheAlphabetAndNoOther() {
        Random random = new Random(20261202);
        Set<Character> seen = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            String id = TillIds.derive(random);
            assertThat(id).hasSize(5).startsWith("T");
            for (char c : id.substring(1).toCharArray()) {
                seen.add(c);
            }
        }

        List<Character> alphabet = new ArrayList<>();
        for (char c : TillIds.ALPHABET.toCharArray()) {
            alphabet.add(c);
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(alphabet);
        assertThat(TillIds.ALPHABET).hasSize(32).doesNotContain("0", "1", "I", "O");
    }

    @Test
    void anIdThatCannotBeKeptStopsTheStartWithASentenceSayingWhatToDo() throws IOException {
        Path notAFolder = Files.writeString(dataDir.resolve("plain-file"), "x");
        Settings parsed = new Settings(notAFolder, null, Settings.DEFAULT_SETTLEMENT_ASSET, "usd",
                Settings.DEFAULT_API_URL, Settings.DEFAULT_PAY_URL, app.mixpos.sale.LinkMode.ONE_TIME, true, 40,
                app.mixpos.sale.PaymentExpiry.DEFAULT, null);

        assertThatThrownBy(() -> TillIds.keep(parsed, new Random(9)))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.line())
                        .startsWith("mixpay-pos: cannot keep this till's id in " + SettingsFile.in(notAFolder))
                        .endsWith("fix the folder's permissions, choose another --data-dir, or name the till with "
                                + "--till-id.")
                        .doesNotContain("\n"));
    }

    @Test
    void aHandEditedBadIdInTheFileIsNamedWithTheFile() throws IOException {
        SettingsFile.write(dataDir, Map.of("tillId", "till 2"));

        assertThatThrownBy(() -> launch(Map.of()))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.line()).isEqualTo(
                        "mixpay-pos: tillId \"till 2\" in " + SettingsFile.in(dataDir) + " is not a till id: use 1 to 8 "
                                + "letters A-Z or digits 0-9, no spaces or other signs (like T7K2M or TILL2); fix it "
                                + "or leave it out to keep the id this till made for itself."));
    }

    @Test
    void theEnvironmentNamesTheTillToo() {
        assertThat(launch(Map.of("MIXPAY_POS_TILL_ID", "front1")).tillId()).isEqualTo("FRONT1");
    }

    @Test
    void settingsRefuseAMalformedIdEvenWhenBuiltInCode() {
        assertThatThrownBy(() -> launch(Map.of()).withTillId("t1")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Settings(dataDir, null, Settings.DEFAULT_SETTLEMENT_ASSET, "usd", Settings.DEFAULT_API_URL,
                Settings.DEFAULT_PAY_URL, app.mixpos.sale.LinkMode.ONE_TIME, true, 40).tillId())
                .isEqualTo(Settings.UNNAMED_TILL);
    }

    private Settings launch(Map<String, String> env, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--data-dir");
        all.add(dataDir.toString());
        return LaunchOptions.parse(all, env, new Host(Host.Os.LINUX, dataDir.resolve("home"))).settings();
    }
}
