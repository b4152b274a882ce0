package app.mixpos.ui;

import app.mixpos.config.CustomerDisplayChoice;

/** Keeps the settings screen's choice of the customer's monitor for the next start. Called off the FX thread. */
public interface DisplayChoiceStore {

    /** Does not keep anything: for tests and tools. */
    DisplayChoiceStore NONE = choice -> { };

    /**
     * Keeps {@code choice}.
     *
     * @throws Exception when it could not be kept; the choice still applies until the till closes
     */
    void save(CustomerDisplayChoice choice) throws Exception;
}
