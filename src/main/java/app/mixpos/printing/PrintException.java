package app.mixpos.printing;

/** A receipt that was not printed: the problem as a code for the cashier's sentence, the detail for the log. */
public final class PrintException extends Exception {

    private final PrintProblem problem;

    public PrintException(PrintProblem problem, String detail, Throwable cause) {
        super(detail, cause);
        this.problem = problem;
    }

    public PrintProblem problem() {
        return problem;
    }
}
