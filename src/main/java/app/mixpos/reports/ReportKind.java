package app.mixpos.reports;

/** An X report reads and changes nothing; a Z report closes the till's period and is kept in the receipt log. */
public enum ReportKind {
    X, Z
}
