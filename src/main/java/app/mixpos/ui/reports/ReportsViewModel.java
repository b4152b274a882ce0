package app.mixpos.ui.reports;

import app.mixpos.reports.Report;
import app.mixpos.reports.Reports;
import app.mixpos.reports.ShopClosing;
import app.mixpos.reports.ShopReports;
import app.mixpos.ui.Failures;
import app.mixpos.ui.Format;
import app.mixpos.ui.text.Texts;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Reports screen's state: the report on screen (an X of today, a day, a range or the open period; or a stored Z),
 * the past Zs, and closing the period with a confirmation. Every read and the close run through {@link Reports} off
 * the FX thread; results come back on {@code fx}.
 */
public final class ReportsViewModel {

    // month and day names in English, the bundle's language (as Format does)
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.ENGLISH);

    private final CompletableFuture<Reports> reports;
    private final Texts texts;
    private final Executor fx;
    private final Consumer<String> openSale;
    private final ObjectProperty<Report> report = new SimpleObjectProperty<>();
    private final ObservableList<Report> zReports = FXCollections.observableArrayList();
    private final StringProperty heading = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty confirming = new SimpleBooleanProperty(false);
    private final LongProperty nextZ = new SimpleLongProperty(0);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final BooleanProperty shopAvailable = new SimpleBooleanProperty(false);
    private final BooleanProperty wholeShop = new SimpleBooleanProperty(false);
    private final ObjectProperty<ShopClosing> closing = new SimpleObjectProperty<>();
    private final BooleanProperty closingUnread = new SimpleBooleanProperty(false);

    /**
     * @param reports  the reports, once the receipt log is open
     * @param openSale opens a sale's detail, by order id
     */
    public ReportsViewModel(CompletableFuture<Reports> reports, Texts texts, Executor fx, Consumer<String> openSale) {
        this.reports = Objects.requireNonNull(reports, "reports");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.fx = Objects.requireNonNull(fx, "fx");
        this.openSale = Objects.requireNonNull(openSale, "openSale");
        reports.thenAcceptAsync(r -> shopAvailable.set(r.shop().isPresent()), fx);
        wholeShop.addListener((o, was, now) -> {
            closingUnread.set(false);
            closing.set(null);
            showRange();
        });
    }

    /** Each time the screen opens: today's X, the past Zs and the next Z's number. */
    public void opened() {
        confirming.set(false);
        message.set("");
        showToday();
        loadZs();
    }

    public void showToday() {
        run(r -> {
            LocalDate today = r.today();
            fx.execute(() -> {
                from.set(today);
                to.set(today);
            });
            return days(r, today, today);
        }, x -> title(texts.get("reports.heading.day", DAY.format(x.period().firstDay()))));
    }

    /** An X of the days chosen in {@link #fromProperty()} to {@link #toProperty()}. */
    public void showRange() {
        LocalDate first = from.get();
        LocalDate last = to.get() == null ? first : to.get();
        if (first == null) {
            showToday();
            return;
        }
        if (last.isBefore(first)) {
            message.set(texts.get("reports.badRange"));
            return;
        }
        run(r -> days(r, first, last), x -> title(x.period().isOneDay()
                ? texts.get("reports.heading.day", DAY.format(first))
                : texts.get("reports.heading.range", DAY.format(first), DAY.format(last))));
    }

    /** An X of the open period: what closing now would keep. The till's own: a Z is closed per till. */
    public void showSinceLastZ() {
        if (wholeShop.get()) {
            return;
        }
        run(Reports::sinceLastZ, this::sinceZHeading);
    }

    /**
     * The days' X of this till, or of the whole shop when {@link #wholeShopProperty()} is chosen; for the whole shop
     * the shop's closing of the same days is read after it.
     */
    private CompletableFuture<Report> days(Reports r, LocalDate first, LocalDate last) {
        Optional<ShopReports> shop = r.shop();
        if (!wholeShop.get() || shop.isEmpty()) {
            return r.range(first, last);
        }
        return shop.get().range(first, last).thenCompose(x -> shop.get().closing(first, last)
                .handle((c, error) -> {
                    if (error != null) {
                        log().warn("The shop's closing of {} to {} could not be read", first, last, error);
                    }
                    fx.execute(() -> {
                        closingUnread.set(error != null);
                        closing.set(c);
                    });
                    return x;
                }));
    }

    private String title(String heading) {
        return wholeShop.get() ? texts.get("reports.shop.heading", heading) : heading;
    }

    /** Shows a stored Z as it was closed: the reprint on screen (its PDF is made from the same report). */
    public void showZ(Report z) {
        if (z == null) {
            return;
        }
        confirming.set(false);
        message.set("");
        report.set(z);
        heading.set(zHeading(z));
    }

    public void openSale(String orderId) {
        if (orderId != null) {
            openSale.accept(orderId);
        }
    }

    /** The first press of "Close the day": asks before anything is written. */
    public void askClose() {
        if (!busy.get() && nextZ.get() > 0) {
            message.set("");
            confirming.set(true);
        }
    }

    public void cancelClose() {
        confirming.set(false);
    }

    /** Closes the period as the Z the question named; a second close of the same Z shows it as stored. */
    public void confirmClose() {
        if (!confirming.get() || busy.get()) {
            return;
        }
        long number = nextZ.get();
        confirming.set(false);
        busy.set(true);
        message.set(texts.get("reports.closing"));
        reports.thenCompose(r -> r.closeZ(number)).whenCompleteAsync((z, error) -> {
            busy.set(false);
            if (error != null) {
                log().error("Closing Z {} failed", number, error);
                message.set(texts.get("reports.notClosed"));
                return;
            }
            log().info("Z report {} of till {} closed at {}", z.number(), z.tillId(), z.madeAt());
            showZ(z);
            message.set(texts.get("reports.closed", z.number()));
            loadZs();
        }, fx);
    }

    private void loadZs() {
        reports.thenCompose(r -> r.zReports().thenCombine(r.nextZ(), (list, next) -> new Object[] {list, next}))
                .whenCompleteAsync((both, error) -> {
                    if (error != null) {
                        message.set(Failures.notRead(texts, texts.get("reports.what"), error));
                        return;
                    }
                    @SuppressWarnings("unchecked")
                    List<Report> list = (List<Report>) both[0];
                    zReports.setAll(list);
                    nextZ.set((Long) both[1]);
                }, fx);
    }

    private void run(Function<Reports, CompletableFuture<Report>> read, Function<Report, String> title) {
        confirming.set(false);
        busy.set(true);
        boolean shop = wholeShop.get();
        message.set(texts.get(shop ? "reports.shop.loading" : "reports.loading"));
        reports.thenCompose(read).whenCompleteAsync((x, error) -> {
            busy.set(false);
            if (shop != wholeShop.get()) {
                return;
            }
            if (error != null) {
                message.set(shop ? Failures.notReadFromStore(texts, texts.get("reports.shop.what"), error)
                        : Failures.notRead(texts, texts.get("reports.what"), error));
                return;
            }
            message.set("");
            report.set(x);
            heading.set(title.apply(x));
        }, fx);
    }

    private String sinceZHeading(Report x) {
        String opened = Format.dayClock(texts, x.period().from());
        long previous = nextZ.get() - 1;
        return previous > 0 ? texts.get("reports.heading.sinceZ", previous, opened)
                : texts.get("reports.heading.sinceStart", opened);
    }

    String zHeading(Report z) {
        return texts.get("reports.heading.z", z.number(), Format.dayClock(texts, z.period().from()),
                Format.dayClock(texts, z.period().to()));
    }

    /** A past Z in the list: number, when it closed, how many sales. */
    String zRow(Report z) {
        return texts.get("reports.zRow", z.number(), Format.dayClock(texts, z.madeAt()), z.totals().sales());
    }

    public Texts texts() {
        return texts;
    }

    /** The report on screen; null until the first is read. */
    public ObjectProperty<Report> reportProperty() {
        return report;
    }

    public ObservableList<Report> zReports() {
        return zReports;
    }

    public StringProperty headingProperty() {
        return heading;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanProperty confirmingProperty() {
        return confirming;
    }

    /** The number the next Z will get; 0 until known. */
    public LongProperty nextZProperty() {
        return nextZ;
    }

    /** True in store mode, once the reports are ready: the screen offers "This till / Whole shop". */
    public BooleanProperty shopAvailableProperty() {
        return shopAvailable;
    }

    /** The whole shop's X (from the store) instead of this till's; choosing it shows the chosen days again. */
    public BooleanProperty wholeShopProperty() {
        return wholeShop;
    }

    /** The shop's closing of the days on screen (whole shop only); null until read or when it could not be. */
    public ObjectProperty<ShopClosing> closingProperty() {
        return closing;
    }

    /** True when the shop's closing could not be read from the store for the report on screen. */
    public BooleanProperty closingUnreadProperty() {
        return closingUnread;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** Looked up when first used: a logger made while the first frame is being built would start Logback then. */
    private static Logger log() {
        return LoggerFactory.getLogger(ReportsViewModel.class);
    }
}
