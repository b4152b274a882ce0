package app.mixpos.store;

/** Who is asking the shared budget for a MixPay request, most urgent first (the store serves them in this order). */
public enum Urgency {
    /** A cashier waits: a charge's payment link, "check now". */
    CASHIER,
    /** The sale on a customer's screen. */
    SCREEN,
    /** Everything else: sales no longer on screen, refunds, asset lists. */
    BACKGROUND
}
