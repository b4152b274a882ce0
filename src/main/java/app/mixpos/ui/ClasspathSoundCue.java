package app.mixpos.ui;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Clip;
import javax.sound.sampled.LineEvent;

/**
 * Plays {@code /app/mixpos/sounds/paid.wav} and {@code failed.wav} from the classpath on a background
 * thread; does nothing when a file or the audio device is missing.
 */
public final class ClasspathSoundCue implements SoundCue {

    private final ExecutorService player = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sound-cue");
        t.setDaemon(true);
        return t;
    });

    @Override
    public void paid() {
        play("/app/mixpos/sounds/paid.wav");
    }

    @Override
    public void failed() {
        play("/app/mixpos/sounds/failed.wav");
    }

    private void play(String resource) {
        player.execute(() -> {
            try (InputStream in = ClasspathSoundCue.class.getResourceAsStream(resource)) {
                if (in == null) {
                    return;
                }
                AudioInputStream audio = AudioSystem.getAudioInputStream(new BufferedInputStream(in));
                Clip clip = AudioSystem.getClip();
                clip.addLineListener(e -> {
                    if (e.getType() == LineEvent.Type.STOP) {
                        clip.close();
                    }
                });
                clip.open(audio);
                clip.start();
            } catch (Exception | LinkageError ignored) {
                // No sound is better than a crash at the till.
            }
        });
    }
}
