package app.mixpos.walk;

/** How the till under walk is set up. */
enum Layout {
    /** No payee: the embedded simulator, the training banner and the customer panel. */
    TRAINING,
    /**
     * A payee configured, training off, MixPay's API and pay URLs pointed at a MixPaySimulator started apart on
     * loopback (plain http to 127.0.0.1 is allowed by config); the manager PIN guards the settings.
     */
    LIVE;

    String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
