package app.mixpos.ui;

import java.util.List;

/** Sound cues that are written down instead of played: "paid" or "failed", in order. */
public final class RecordingSounds {

    private RecordingSounds() {
    }

    /** A cue that adds what it would play to {@code heard}. */
    public static SoundCue into(List<String> heard) {
        return new SoundCue() {
            @Override
            public void paid() {
                heard.add("paid");
            }

            @Override
            public void failed() {
                heard.add("failed");
            }
        };
    }
}
