package app.mixpos.receipts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Looks at an existing log file's header before SQLite may write to it, so that a file which is not a
 * SQLite database, or has been cut short, is refused instead of being turned into an empty log.
 */
final class FileCheck {

    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER = 100;

    private FileCheck() {
    }

    /** Passes for a missing or empty file (a new log) and for a file that looks like a whole SQLite database. */
    static void requireDatabaseOrNothing(Path file) {
        if (!Files.exists(file)) {
            return;
        }
        if (!Files.isRegularFile(file)) {
            throw damaged(file, "it is not a regular file");
        }
        try {
            long size = Files.size(file);
            if (size == 0) {
                return;
            }
            byte[] header = readHeader(file);
            if (header.length < HEADER || !Arrays.equals(Arrays.copyOf(header, MAGIC.length), MAGIC)) {
                throw damaged(file, "it is not a SQLite database");
            }
            int pageSize = ((header[16] & 0xff) << 8) | (header[17] & 0xff);
            pageSize = pageSize == 1 ? 65536 : pageSize;
            if (pageSize < 512 || Integer.bitCount(pageSize) != 1) {
                throw damaged(file, "its header is corrupt");
            }
            if (size % pageSize != 0) {
                throw damaged(file, "it has been cut short");
            }
        } catch (IOException e) {
            throw new ReceiptLogException("The receipt log at " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    static ReceiptLogException damaged(Path file, String why) {
        return new ReceiptLogException("The receipt log at " + file + " is damaged or unreadable (" + why
                + "). It has been left untouched; restore it from a backup, or move it aside to start a new log.");
    }

    private static byte[] readHeader(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEADER);
        }
    }
}
