package app.mixpos.ui.text;

import app.mixpos.sale.Reason;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A {@link Reason} in the words of a {@link Texts}: {@code reason.<code>}, with {@code .<cause>} for a link that
 * could not be made and {@code .<field>} for a mismatch. A sentence stored before reasons were coded is shown word
 * for word; a code this version does not know (written by a newer one) is shown as recorded, never dropped.
 */
public final class ReasonWords {

    private final Texts texts;

    public ReasonWords(Texts texts) {
        this.texts = texts;
    }

    /** The reasons one after the other, as one line. */
    public String all(List<Reason> reasons) {
        return reasons == null ? "" : reasons.stream().map(this::of)
                .collect(Collectors.joining(texts.get("reason.separator")));
    }

    public String of(Reason r) {
        return switch (r.code()) {
            case Reason.LEGACY_TEXT -> r.arg("text") == null ? "" : r.arg("text");
            case Reason.STOPPED_BEFORE_LINK -> texts.get("reason." + Reason.STOPPED_BEFORE_LINK);
            case Reason.LINK_FAILED -> linkFailed(r);
            case Reason.MISMATCH -> mismatch(r);
            default -> unknown(r);
        };
    }

    private String linkFailed(Reason r) {
        String key = "reason." + Reason.LINK_FAILED + "." + r.arg("cause");
        if (r.arg("cause") == null || !texts.has(key)) {
            return unknown(r);
        }
        return texts.get(key, shown(r.arg("message")), shown(r.arg("code")));
    }

    private String mismatch(Reason r) {
        String field = r.arg("field") == null ? null : r.arg("field").toLowerCase(Locale.ROOT);
        String key = "reason." + Reason.MISMATCH + "." + field;
        if (field == null || !texts.has(key)) {
            return unknown(r);
        }
        return texts.get(key, shown(r.arg("got")), shown(r.arg("expected")));
    }

    private String unknown(Reason r) {
        return texts.get("reason.unknown", r.toString());
    }

    private String shown(String value) {
        return value == null || value.isBlank() ? texts.get("reason.none") : value.strip();
    }
}
