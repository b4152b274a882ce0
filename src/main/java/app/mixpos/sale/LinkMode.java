package app.mixpos.sale;

/** How the payment link for a sale is made (mixpay-api.md section 3). */
public enum LinkMode {
    /** {@code POST /one_time_payment}: the customer cannot edit the amount. The production default. */
    ONE_TIME("one-time"),
    /** The universal {@code /pay?…} link: needs no API call, but the payer can edit it. */
    PAYLINK("paylink");

    private final String label;

    LinkMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads {@code one-time} or {@code paylink}; null for anything else. */
    public static LinkMode fromLabel(String text) {
        for (LinkMode m : values()) {
            if (m.label.equalsIgnoreCase(text == null ? "" : text.strip())) {
                return m;
            }
        }
        return null;
    }
}
