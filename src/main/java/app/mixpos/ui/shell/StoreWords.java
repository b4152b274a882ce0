package app.mixpos.ui.shell;

import app.mixpos.records.StoreState;
import app.mixpos.ui.text.Texts;

/** The store line's words for a state, from the bundle. */
final class StoreWords {

    private StoreWords() {
    }

    /** The line's words for a state. */
    static String sentence(Texts texts, StoreState s) {
        String line = switch (s.link()) {
            case CONNECTING -> texts.get("store.line.CONNECTING", s.waiting());
            case REACHABLE -> s.waiting() == 0 ? texts.get("store.line.REACHABLE.sent")
                    : texts.get("store.line.REACHABLE.waiting", s.waiting());
            case UNREACHABLE -> texts.get("store.line.UNREACHABLE", s.waiting());
            case REFUSED -> texts.get("store.line.REFUSED", s.waiting());
        };
        return s.conflicts() == 0 ? line : line + " " + texts.get("store.line.conflicts", s.conflicts());
    }
}
