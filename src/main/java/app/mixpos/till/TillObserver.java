package app.mixpos.till;

/**
 * Follows a {@link TillModel}: told the current state first, then every later state in order, one call at a time,
 * on whichever thread made the change (move it onto your own thread; do not block).
 */
@FunctionalInterface
public interface TillObserver {

    void tillChanged(TillState state);
}
