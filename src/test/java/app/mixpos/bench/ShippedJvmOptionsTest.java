package app.mixpos.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The JVM options the app ships with live in one file, jpackage/java.options; javafx:run (pom.xml), the Linux
 * installers (jpackage/build-linux.sh) and the bench all take them from there, and nowhere else lists them.
 */
class ShippedJvmOptionsTest {

    private static final String ARGUMENT_FILE = "@${project.basedir}/jpackage/java.options";

    @Test
    void theSourceHoldsOneOptionALineSoJavaAndJpackageReadItAlike() throws Exception {
        List<String> lines = Files.readAllLines(ShippedJvm.SOURCE, StandardCharsets.UTF_8);
        List<String> options = ShippedJvm.options();

        assertThat(options).contains("-XX:+UseSerialGC").anyMatch(o -> o.startsWith("-Xmx"));
        assertThat(options).allSatisfy(o -> assertThat(o).startsWith("-").doesNotContainPattern("[\\s\"'#@\\\\]"));
        assertThat(new HashSet<>(options)).hasSameSizeAs(options);
        assertThat(lines).allSatisfy(line -> assertThat(line).isEqualTo(line.strip()));
    }

    @Test
    void javafxRunPassesTheFileToJavaAsItsOnlyOption() throws Exception {
        assertThat(javafxPluginOptions()).containsExactly(ARGUMENT_FILE);
    }

    @Test
    void theLinuxInstallerBuildReadsTheSameFile() throws Exception {
        String script = Files.readString(Path.of("jpackage", "build-linux.sh"));

        assertThat(script).contains("grep -v '^\\s*$' \"$root/jpackage/java.options\"")
                .contains("java_options+=(--java-options \"$o\")");
    }

    @Test
    void theBenchRunsItsChildJvmsWithTheSameOptions() {
        assertThat(PosBenchmarks.SHIPPED_JVM).isEqualTo(ShippedJvm.options());
    }

    @Test
    void noOtherBuildFileListsTheOptionsAgain() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        for (String option : ShippedJvm.options()) {
            assertThat(pom).as("pom.xml repeats %s", option).doesNotContain(option);
        }
        assertThat(pom).doesNotContain("bench.jvm");
    }

    @Test
    void theReadmeNamesTheOptionsAsShipped() throws Exception {
        String readme = Files.readString(Path.of("README.md")).replaceAll("\\s+", " ");

        assertThat(readme).contains("`" + String.join(" ", ShippedJvm.options()) + "`");
    }

    private static List<String> javafxPluginOptions() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document pom = factory.newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        NodeList plugins = pom.getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            Element plugin = (Element) plugins.item(i);
            if (text(plugin, "artifactId").equals("javafx-maven-plugin")) {
                List<String> options = new ArrayList<>();
                NodeList found = plugin.getElementsByTagName("option");
                for (int j = 0; j < found.getLength(); j++) {
                    options.add(found.item(j).getTextContent().strip());
                }
                return options;
            }
        }
        throw new AssertionError("pom.xml has no javafx-maven-plugin");
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
    }
}
