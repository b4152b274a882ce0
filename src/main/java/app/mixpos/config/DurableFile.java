package app.mixpos.config;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a small file so that a crash or power cut at any moment leaves either the old file or the new one,
 * whole: the text goes to a temporary file in the same folder, which is flushed to the disk, renamed over the old
 * file atomically, and then the folder itself is flushed (where the OS allows it) so the rename survives too.
 * It does not log: the launcher writes the settings file before logging is set up (see {@code Main}).
 */
final class DurableFile {

    /** A step the writer takes; tests use it to stop a write between flushing and renaming. */
    @FunctionalInterface
    interface Step {
        void run() throws IOException;

        Step NOTHING = () -> { };
    }

    private DurableFile() {
    }

    /** Replaces {@code target} with {@code text} (UTF-8), durably. The temporary file is created readable by its user only. */
    static void replace(Path target, String text) throws IOException {
        replace(target, text, Step.NOTHING);
    }

    /** As {@link #replace(Path, String)}, running {@code beforeRename} once the new text is on the disk. */
    static void replace(Path target, String text, Step beforeRename) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(folder, target.getFileName().toString(), ".tmp");
        try {
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    out.write(bytes);
                }
                out.force(true);
            }
            beforeRename.run();
            move(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
        syncFolder(folder);
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // a file system without atomic rename (rare: some network shares); still the whole new file or none
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Flushes the folder's entry list, so the rename is on the disk. Linux and macOS allow opening a folder for
     * this; Windows does not (and its rename is journalled by NTFS), so a refusal there is expected and ignored.
     */
    private static void syncFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // expected on Windows; the file itself is already on the disk
        }
    }
}
