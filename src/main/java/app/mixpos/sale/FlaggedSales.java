package app.mixpos.sale;

import java.util.List;

/** The first flagged sales of a period, oldest first, and how many there are in all. */
public record FlaggedSales(List<FlaggedSale> first, long total) {

    public static final FlaggedSales NONE = new FlaggedSales(List.of(), 0);

    public FlaggedSales {
        first = List.copyOf(first);
        if (total < first.size()) {
            throw new IllegalArgumentException("fewer in all (" + total + ") than listed (" + first.size() + ")");
        }
    }
}
