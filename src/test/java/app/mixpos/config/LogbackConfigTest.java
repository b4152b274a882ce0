package app.mixpos.config;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.status.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loads the shipped logback.xml into a private context, so the real logging setup is not disturbed. */
class LogbackConfigTest {

    @Test
    void writesToTheLogFolderGivenByTheProperty(@TempDir Path logs) throws JoranException, IOException {
        LoggerContext context = configure(logs.toString());

        context.getLogger("app.mixpos.Test").info("sale started");
        context.getLogger("okhttp3.OkHttpClient").info("chatty library line");
        context.stop();

        String log = Files.readString(logs.resolve("mixpay-pos.log"));
        assertThat(log).contains("INFO").contains("sale started").doesNotContain("chatty library line");
    }

    @Test
    void fallsBackToTmpdirWhenThePropertyIsUnset() throws JoranException {
        LoggerContext context = configure(null);

        FileAppender<?> file = (FileAppender<?>) context.getLogger("ROOT").getAppender("FILE");
        context.stop();

        assertThat(Path.of(file.getFile()))
                .isEqualTo(Path.of(System.getProperty("java.io.tmpdir"), "mixpay-pos-logs", "mixpay-pos.log"));
    }

    @Test
    void quietsLibrariesAndHasNoConfigurationErrors() throws JoranException {
        LoggerContext context = configure(null);

        assertThat(context.getStatusManager().getCopyOfStatusList())
                .noneMatch(s -> s.getEffectiveLevel() >= Status.WARN);
        for (String name : new String[] {"okhttp3", "okio", "org.sqlite", "com.zaxxer", "javafx"}) {
            assertThat(context.getLogger(name).getLevel()).as(name).isEqualTo(Level.WARN);
        }
        context.stop();
    }

    private static LoggerContext configure(String logDir) throws JoranException {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        if (logDir != null) {
            context.putProperty(DataFolder.LOG_DIR_PROPERTY, logDir);
        }
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(LogbackConfigTest.class.getResource("/logback.xml"));
        return context;
    }
}
