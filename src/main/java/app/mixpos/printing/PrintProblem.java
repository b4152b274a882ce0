package app.mixpos.printing;

/** Why a receipt was not printed, as a code: the screen words it from {@code receipt.problem.<name>}. */
public enum PrintProblem {
    /** No printer is set up. */
    NOT_SET,
    /** The network printer did not answer (off, unplugged, wrong address). */
    UNREACHABLE,
    /** The printer took the connection but not the receipt in time (out of paper, cover open, jammed). */
    TIMED_OUT,
    /** The printer says it is out of paper. */
    PAPER_OUT,
    /** The printer's device file is missing or not writable (unplugged, or no permission). */
    NO_DEVICE,
    /** No system printer of that name. */
    NO_PRINTER,
    /** The PDF could not be saved in the folder. */
    NOT_SAVED,
    /** Anything else the printer or its driver refused. */
    FAILED
}
