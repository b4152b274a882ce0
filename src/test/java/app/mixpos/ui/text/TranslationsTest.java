package app.mixpos.ui.text;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.config.Language;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ChoiceFormat;
import java.text.DateFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every translation against English. When another branch adds English keys, {@link #everyBundleHasEveryEnglishKey}
 * names, per bundle, each key it lacks with its English text, ready to translate and paste under the same header.
 */
class TranslationsTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*(\\d+)\\s*([,}])");
    private static Map<String, Properties> bundles;

    @BeforeAll
    static void read() throws IOException {
        bundles = new TreeMap<>();
        try (Stream<Path> files = Files.list(LocalizationConsistencyTest.BUNDLES)) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("messages_.+\\.properties")).toList()) {
                Properties p = new Properties();
                try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    p.load(r);
                }
                bundles.put(f.getFileName().toString(), p);
            }
        }
    }

    private static Properties english() throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(LocalizationConsistencyTest.BUNDLES.resolve("messages.properties"),
                StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void everyShippedLanguageHasItsBundle() {
        for (Language l : Language.values()) {
            if (l != Language.ENGLISH) {
                assertThat(bundles).as(l.tag()).containsKey("messages_" + l.locale() + ".properties");
            }
        }
        assertThat(bundles).containsOnlyKeys("messages_zh_CN.properties", "messages_ja.properties");
    }

    @Test
    void everyBundleHasEveryEnglishKey() throws IOException {
        Properties english = english();
        Map<String, String> missing = new TreeMap<>();
        bundles.forEach((file, p) -> {
            StringBuilder lines = new StringBuilder();
            new TreeSet<>(english.stringPropertyNames()).stream().filter(k -> !p.containsKey(k))
                    .forEach(k -> lines.append("\n    ").append(k).append('=').append(english.getProperty(k)));
            if (lines.length() > 0) {
                missing.put(file, lines.toString());
            }
        });
        assertThat(missing).as("keys to translate, per bundle (the English text follows each key)").isEmpty();
    }

    @Test
    void noBundleHasAKeyEnglishLacks() throws IOException {
        Set<String> english = english().stringPropertyNames();
        bundles.forEach((file, p) -> assertThat(english).as("keys of " + file + " that English lacks")
                .containsAll(p.stringPropertyNames()));
    }

    @Test
    void everyTranslationTakesTheSameArgumentsAsEnglish() throws IOException {
        Properties english = english();
        bundles.forEach((file, p) -> p.stringPropertyNames().stream().filter(english::containsKey).forEach(k -> {
            Map<Integer, Set<String>> en = arguments(english.getProperty(k));
            Map<Integer, Set<String>> tr = arguments(p.getProperty(k));
            Set<Integer> required = new TreeSet<>();
            en.forEach((index, kinds) -> {
                if (!Set.of("choice").containsAll(kinds)) {
                    required.add(index);
                }
            });
            assertThat(en.keySet()).as(file + " " + k + ": arguments English does not have").containsAll(tr.keySet());
            assertThat(tr.keySet()).as(file + " " + k + ": arguments English shows").containsAll(required);
            tr.forEach((index, kinds) -> kinds.stream().filter(kind -> !kind.equals("any")).forEach(kind ->
                    assertThat(en.get(index)).as(file + " " + k + ": {" + index + "} is used as a " + kind
                            + ", English passes it as " + en.get(index))
                            .containsAnyElementsOf(kind.equals("date") ? Set.of("date") : Set.of("number", "choice"))));
        }));
    }

    @Test
    void theArgumentsCheckSeesCountsAndTypes() {
        assertThat(arguments("{0} more {0,choice,0#sales|1#sale|1<sales}")).isEqualTo(
                Map.of(0, Set.of("any", "choice")));
        assertThat(arguments("at {1,time} for {0}")).isEqualTo(Map.of(0, Set.of("any"), 1, Set.of("date")));
        assertThat(arguments("no arguments")).isEmpty();
    }

    @Test
    void theTranslationsAreInTheirOwnScriptAndReadAsUtf8() {
        Texts chinese = Texts.of(Language.SIMPLIFIED_CHINESE.locale());
        Texts japanese = Texts.of(Language.JAPANESE.locale());

        assertThat(chinese.get("keypad.title")).isEqualTo("新订单");
        assertThat(chinese.get("payment.scan")).isEqualTo("请扫码付款");
        assertThat(japanese.get("keypad.title")).isEqualTo("新規会計");
        assertThat(japanese.get("result.paid.title")).isEqualTo("支払済み");
        assertThat(chinese.translates("keypad.title")).isTrue();
    }

    @Test
    void aCountIsJustANumberWhereTheLanguageHasNoPlural() {
        Texts chinese = Texts.of(Locale.SIMPLIFIED_CHINESE);
        Texts japanese = Texts.of(Locale.JAPANESE);

        assertThat(chinese.get("settings.pin.wrong", 1)).isEqualTo("密码错误。还可以尝试 1 次。");
        assertThat(chinese.get("settings.pin.wrong", 2)).isEqualTo("密码错误。还可以尝试 2 次。");
        assertThat(japanese.get("amount.TOO_MANY_DECIMALS", "BTC", 8)).isEqualTo("BTC の小数は 8 桁までです。");
        assertThat(japanese.get("shell.notices.more", 3)).startsWith("…ほかに確認が必要な注文が 3 件");
    }

    @Test
    void aLocaleIsReadFromItsMostSpecificFileAndOtherwiseSpeaksEnglish() {
        assertThat(Texts.suffixes(Locale.JAPAN)).containsExactly("_ja_JP", "_ja");
        assertThat(Texts.of(Locale.JAPAN).get("keypad.title")).isEqualTo("新規会計");
        assertThat(Texts.of(Locale.GERMANY).get("keypad.title")).isEqualTo("New sale");
        assertThat(Texts.of(Locale.GERMANY).translates("keypad.title")).isFalse();
        assertThat(Texts.of(Locale.TRADITIONAL_CHINESE).get("keypad.title")).isEqualTo("New sale");
    }

    /**
     * Each argument index and how it is formatted: {@code choice} (a plural or other choice by number),
     * {@code number}, {@code date} (or time), or {@code any}. A translation may leave out an argument English uses only
     * to choose a word (a language without plurals); it must show every other one, and use a number or date only
     * where English is given one.
     */
    static Map<Integer, Set<String>> arguments(String text) {
        String pattern = text.replace("'", "''");
        Format[] formats = new MessageFormat(pattern, Locale.ROOT).getFormats();
        Map<Integer, Set<String>> out = new TreeMap<>();
        Matcher m = ARGUMENT.matcher(pattern);
        int i = 0;
        while (m.find()) {
            Format f = formats[i++];
            String kind = f instanceof ChoiceFormat ? "choice" : f instanceof NumberFormat ? "number"
                    : f instanceof DateFormat ? "date" : "any";
            out.computeIfAbsent(Integer.parseInt(m.group(1)), x -> new TreeSet<>()).add(kind);
        }
        return out;
    }
}
