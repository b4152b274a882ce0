package app.mixpos.ui;

/** Short sounds for results the cashier should notice without looking. Must return at once. */
public interface SoundCue {

    SoundCue SILENT = new SoundCue() {
        @Override
        public void paid() {
        }

        @Override
        public void failed() {
        }
    };

    void paid();

    void failed();
}
