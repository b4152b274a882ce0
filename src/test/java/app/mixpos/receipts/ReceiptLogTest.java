package app.mixpos.receipts;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A new receipt log in a temporary folder for each test. */
abstract class ReceiptLogTest {

    @TempDir
    Path dir;
    ReceiptLog log;

    @BeforeEach
    void openLog() {
        log = ReceiptLog.open(dir.resolve("receipts.db"));
    }

    @AfterEach
    void closeLog() {
        log.close();
    }
}
