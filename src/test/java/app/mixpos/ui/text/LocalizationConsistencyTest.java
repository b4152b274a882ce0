package app.mixpos.ui.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import app.mixpos.sale.FailureCode;
import app.mixpos.sale.LinkMode;
import app.mixpos.sale.Outcome;
import app.mixpos.sale.Reason;
import app.mixpos.sale.SurplusStatus;
import app.mixpos.ui.CustomerAction;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundle and the code agree (JabRef's LocalizationConsistencyTest is the model): every key the code names is in
 * every bundle, every key of a bundle is used, and every code the screens turn into words has its key.
 *
 * <p>A key is "named" by a string literal in the main sources that looks like one ({@code keypad.title}). Keys built
 * from a code are the {@link #FAMILIES}: a literal prefix in the code ({@code "failure."}) plus every value of the
 * code; each family must be complete in the bundle, and its prefix must be in the code.
 */
class LocalizationConsistencyTest {

    static final Path MAIN = Path.of("src/main/java");
    static final Path BUNDLES = Path.of("src/main/resources/app/mixpos/ui/text");
    /** What a key looks like: a group (a screen, or failure, reason, common) and the rest, after a dot. */
    private static final Pattern KEY = Pattern.compile("([a-z]+)\\.[A-Za-z0-9_.]*");
    private static final Pattern FILE = Pattern.compile(".*\\.(css|bss|wav|png|properties|java)");

    /** The keys built from codes: the prefix the code writes, and the rest of each key it can build. */
    static final Map<String, Set<String>> FAMILIES = families();

    private static Set<String> literals;
    private static Map<String, Properties> bundles;

    private static Map<String, Set<String>> families() {
        Map<String, Set<String>> f = new TreeMap<>();
        f.put("failure.", FailureCode.meanings());
        Set<String> reasons = new TreeSet<>(Set.of(Reason.STOPPED_BEFORE_LINK));
        Stream.of(Reason.LinkFailure.values()).forEach(c -> reasons.add(Reason.LINK_FAILED + "." + c.name()));
        Stream.of(Reason.MismatchField.values()).forEach(m -> reasons.add(Reason.MISMATCH + "." + m.wire()));
        f.put("reason.", reasons);
        f.put("common.surplus.", names(SurplusStatus.values(), Enum::name));
        f.put("common.outcome.", names(Outcome.values(), Enum::name));
        Set<String> outcomes = names(Outcome.values(), Enum::name);
        outcomes.add(Outcome.PAID_SURPLUS.name() + ".brief");
        f.put("history.outcome.", outcomes);
        f.put("customer.action.", names(CustomerAction.values(), Enum::name));
        f.put("settings.linkMode.", names(LinkMode.values(), Enum::name));
        f.put("settings.language.", names(app.mixpos.config.Language.values(), Enum::name));
        // receipts and printers (issue 13)
        f.put("receipt.outcome.", names(Outcome.values(), Enum::name));
        f.put("receipt.problem.", names(app.mixpos.printing.PrintProblem.values(), Enum::name));
        f.put("pdf.report.why.", names(app.mixpos.reports.Attention.Why.values(), Enum::name));
        return f;
    }

    private static <T> Set<String> names(T[] values, Function<T, String> name) {
        Set<String> s = new TreeSet<>();
        for (T v : values) {
            s.add(name.apply(v));
        }
        return s;
    }

    @BeforeAll
    static void read() throws IOException {
        literals = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                JavaLiterals.of(Files.readString(f, StandardCharsets.UTF_8)).forEach(l -> literals.add(l.value()));
            }
        }
        bundles = new TreeMap<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("messages(_.+)?\\.properties"))
                    .toList()) {
                Properties p = new Properties();
                try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    p.load(r);
                }
                bundles.put(f.getFileName().toString(), p);
            }
        }
    }

    /**
     * The keys the code names by a whole literal: a literal that looks like a key of one of the bundles' groups
     * ({@code keypad.}, {@code shell.}...), so a group added to the bundle is checked without changing this test.
     */
    private static Set<String> namedKeys() {
        Set<String> groups = new TreeSet<>();
        bundles.values().forEach(p -> p.stringPropertyNames()
                .forEach(k -> groups.add(k.substring(0, Math.max(0, k.indexOf('.'))))));
        Set<String> keys = new TreeSet<>();
        for (String l : literals) {
            Matcher m = KEY.matcher(l);
            if (m.matches() && groups.contains(m.group(1)) && !l.endsWith(".") && !FILE.matcher(l).matches()) {
                keys.add(l);
            }
        }
        return keys;
    }

    private static Set<String> familyKeys() {
        Set<String> keys = new TreeSet<>();
        FAMILIES.forEach((prefix, rests) -> rests.forEach(rest -> keys.add(prefix + rest)));
        return keys;
    }

    @Test
    void everyKeyHasAGroup() {
        bundles.forEach((file, p) -> assertThat(p.stringPropertyNames()).as(file)
                .allSatisfy(k -> assertThat(k).matches(KEY)));
    }

    @Test
    void theEnglishBundleIsThere() {
        assertThat(bundles).containsKey("messages.properties");
        assertThat(namedKeys()).hasSizeGreaterThan(100);
    }

    @Test
    void everyKeyTheCodeNamesIsInEveryBundle() {
        bundles.forEach((file, p) -> assertThat(namedKeys()).as("keys missing from " + file)
                .allSatisfy(k -> assertThat(p.containsKey(k)).as(k).isTrue()));
    }

    @Test
    void everyCodeTheScreensPutInWordsHasItsKeyInEveryBundle() {
        bundles.forEach((file, p) -> assertThat(familyKeys()).as("keys missing from " + file)
                .allSatisfy(k -> assertThat(p.containsKey(k)).as(k).isTrue()));
    }

    @Test
    void everyFamilysPrefixIsWrittenInTheCode() {
        assertThat(FAMILIES.keySet()).allSatisfy(prefix -> assertThat(literals).as(prefix).contains(prefix));
    }

    @Test
    void everyKeyOfEveryBundleIsUsed() {
        Set<String> used = new HashSet<>(namedKeys());
        used.addAll(familyKeys());
        bundles.forEach((file, p) -> assertThat(p.stringPropertyNames()).as("keys nothing uses, in " + file)
                .allSatisfy(k -> assertThat(used).as(k).contains(k)));
    }

    @Test
    void everyBundleHasTheKeysOfTheEnglishOne() {
        Set<String> english = bundles.get("messages.properties").stringPropertyNames();
        bundles.forEach((file, p) -> assertThat(p.stringPropertyNames()).as(file).containsAll(english));
    }

    @Test
    void noKeyIsWrittenTwiceInABundle() throws IOException {
        for (String file : bundles.keySet()) {
            List<String> keys = new ArrayList<>();
            for (String line : Files.readAllLines(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#") && t.contains("=")) {
                    keys.add(t.substring(0, t.indexOf('=')).strip());
                }
            }
            assertThat(keys).as(file).doesNotHaveDuplicates();
        }
    }

    @Test
    void everyTextIsAValidPatternWithNoStrayBraces() {
        bundles.forEach((file, p) -> p.stringPropertyNames().forEach(k -> {
            String value = p.getProperty(k);
            assertThat(value).as(k).isNotBlank();
            assertThatCode(() -> new MessageFormat(value.replace("'", "''"))).as(k).doesNotThrowAnyException();
        }));
    }
}
