package app.mixpos.ui.keypad;

import app.mixpos.checkout.AmountRefusedException;
import app.mixpos.checkout.CheckoutListener;
import app.mixpos.checkout.CheckoutService;
import app.mixpos.sale.AmountParser;
import app.mixpos.sale.AmountResult;
import app.mixpos.sale.Outcome;
import app.mixpos.sale.QuoteAsset;
import app.mixpos.sale.Reason;
import app.mixpos.sale.Sale;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.ui.Failures;
import app.mixpos.ui.Format;
import app.mixpos.ui.text.AmountWords;
import app.mixpos.ui.text.ReasonWords;
import app.mixpos.ui.text.Texts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The amount being typed, checked key by key; the currency; the remark; and charging it.
 * A key that would make the amount invalid is refused and the reason shown.
 */
public final class KeypadViewModel {

    static final int MAX_LENGTH = 24;

    private final CheckoutService checkout;
    private final Texts texts;
    private final char decimalSeparator;
    private final Executor fx;
    private final Consumer<SaleSnapshot> onCharged;
    private final StringProperty input = new SimpleStringProperty("");
    private final StringProperty refusal = new SimpleStringProperty("");
    private final StringProperty limits = new SimpleStringProperty("");
    private String dropped = "";
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty remark = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObjectProperty<QuoteAsset> currency = new SimpleObjectProperty<>();
    private final ObservableList<QuoteAsset> currencies = FXCollections.observableArrayList();

    public KeypadViewModel(CheckoutService checkout, QuoteAsset defaultCurrency, Executor fx,
                           Consumer<SaleSnapshot> onCharged) {
        this(checkout, Texts.english(), defaultCurrency, fx, onCharged);
    }

    public KeypadViewModel(CheckoutService checkout, Texts texts, QuoteAsset defaultCurrency, Executor fx,
                           Consumer<SaleSnapshot> onCharged) {
        this.checkout = checkout;
        this.texts = texts;
        this.decimalSeparator = Format.decimalSeparator(texts);
        this.fx = fx;
        this.onCharged = onCharged;
        currencies.setAll(defaultCurrency);
        currency.set(defaultCurrency);
        currency.addListener((obs, old, now) -> {
            // the same currency with MixPay's limits just read keeps the reason a key was not taken
            boolean sameCurrency = old != null && now != null && old.hasId(now.assetId());
            recheck(sameCurrency);
            limits.set(limitsNote(texts, now));
        });
        limits.set(limitsNote(texts, defaultCurrency));
        // MixPay's list arriving after start (a first start, or MixPay back after being unreachable) brings the
        // limits to the keypad at once, not at the next key
        checkout.addListener(new CheckoutListener() {
            @Override
            public void saleChanged(SaleSnapshot sale) {
            }

            @Override
            public void quoteAssetsChanged() {
                fx.execute(KeypadViewModel.this::loadCurrencies);
            }
        });
        remark.addListener((obs, old, now) -> {
            if (now != null && now.length() > Sale.MAX_REMARK) {
                remark.set(now.substring(0, Sale.MAX_REMARK));
            }
        });
    }

    /** Loads the currency list; the default stays first and selected. */
    public void loadCurrencies() {
        checkout.quoteAssets().thenAcceptAsync(list -> {
            QuoteAsset first = currencies.get(0);
            List<QuoteAsset> all = new ArrayList<>();
            all.add(list.stream().filter(a -> a.hasId(first.assetId())).findFirst().orElse(first));
            list.stream().filter(a -> !a.hasId(first.assetId())).forEach(all::add);
            QuoteAsset selected = currency.get();
            currencies.setAll(all);
            currency.set(all.stream().filter(a -> a.hasId(selected.assetId())).findFirst().orElse(all.get(0)));
        }, fx);
    }

    /**
     * The currencies whose symbol (or id) contains {@code filter}, ignoring case, best match first: an exact
     * symbol, then symbols that start with it, then the rest; fiat before crypto within each, otherwise in the
     * listed order. An empty filter gives the whole list, fiat first.
     */
    public List<QuoteAsset> matching(String filter) {
        String f = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
        List<QuoteAsset> found = new ArrayList<>();
        for (QuoteAsset a : currencies) {
            if (f.isEmpty() || a.symbol().toLowerCase(Locale.ROOT).contains(f) || a.hasId(f)) {
                found.add(a);
            }
        }
        found.sort(Comparator.comparingInt((QuoteAsset a) -> rank(a, f)).thenComparing(a -> !a.fiat()));
        return found;
    }

    private static int rank(QuoteAsset a, String f) {
        String symbol = a.symbol().toLowerCase(Locale.ROOT);
        return f.isEmpty() ? 0 : symbol.equals(f) || a.hasId(f) ? 0 : symbol.startsWith(f) ? 1 : 2;
    }

    /**
     * Types one character: a digit (a full-width one from a Chinese or Japanese input method too), or the decimal
     * point as {@code .} or the locale's own separator (and their full-width forms), kept as {@code .}; refused with
     * the reason if it cannot fit. A comma in a locale that groups thousands with it is refused with that reason. Any other character is refused too, with a reason that stays until
     * the amount is cleared or shortened, so "-5" or "1e3" cannot become a charge of 5 or 13 without a word.
     */
    public boolean type(char typed) {
        if (busy.get()) {
            return false;
        }
        char c = canonical(typed);
        if (c == ',') {
            dropped = texts.get("keypad.dropped.grouping", ",", String.valueOf(decimalSeparator));
            refusal.set(dropped);
            return false;
        }
        if (!(c >= '0' && c <= '9') && c != '.') {
            dropped = dropped(texts, c);
            refusal.set(dropped);
            return false;
        }
        String next = input.get() + c;
        if (input.get().isEmpty() && !currency.get().limitsKnown()) {
            loadCurrencies(); // MixPay's list may have arrived since: the limits then apply from the next key on
        }
        if (next.length() > MAX_LENGTH) {
            refusal.set(texts.get("keypad.tooLong"));
            return false;
        }
        if (AmountParser.checkPartial(next, currency.get()) instanceof AmountResult.Refused r) {
            refusal.set(AmountWords.of(texts, r.error()));
            return false;
        }
        input.set(next);
        refusal.set(dropped);
        problem.set("");
        return true;
    }

    /**
     * A digit as ASCII; the decimal point as {@code .}: the pad's key and the numeric keypad's {@code .}, the
     * locale's separator ({@code ,} in German) and their full-width forms. A comma where the locale groups thousands
     * with it stays {@code ,}, and is refused: "1,000" must never become 1.000 BTC.
     */
    private char canonical(char c) {
        if (Character.isDigit(c)) {
            return (char) ('0' + Character.digit(c, 10));
        }
        char half = c == '\uFF0E' ? '.' : c == '\uFF0C' ? ',' : c;
        return half == '.' || half == decimalSeparator ? '.' : half;
    }

    /**
     * The amount as the keypad shows it: the typed digits with the locale's decimal separator, {@code 0} when none.
     * Only for the eye: the amount charged is parsed from the typed digits ({@link #inputProperty()}), never from this.
     */
    public String shown(String typed) {
        return typed == null || typed.isEmpty() ? "0" : typed.replace('.', decimalSeparator);
    }

    /** The pad's one decimal key: the locale's separator. */
    public String decimalKey() {
        return String.valueOf(decimalSeparator);
    }

    /** Why a key that is not part of an amount was not taken. */
    static String dropped(Texts texts, char c) {
        if (c == '-' || c == '\u2212') {
            return texts.get("keypad.dropped.minus");
        }
        return texts.get(Character.isLetter(c) ? "keypad.dropped.letter" : "keypad.dropped.other", String.valueOf(c));
    }

    public void backspace() {
        String now = input.get();
        if (!busy.get() && !now.isEmpty()) {
            input.set(now.substring(0, now.length() - 1));
            dropped = "";
            recheck();
        }
    }

    public void clear() {
        if (!busy.get()) {
            input.set("");
            dropped = "";
            refusal.set("");
            problem.set("");
        }
    }

    /** Charges the amount; on success hands the open sale on, otherwise keeps the amount and says why. */
    public CompletableFuture<Void> charge() {
        if (busy.get()) {
            return CompletableFuture.completedFuture(null);
        }
        AmountResult result = AmountParser.parse(input.get(), currency.get());
        if (!(result instanceof AmountResult.Valid valid)) {
            refusal.set(result instanceof AmountResult.Refused r ? AmountWords.of(texts, r.error())
                    : texts.get("keypad.enterAmount"));
            return CompletableFuture.completedFuture(null);
        }
        busy.set(true);
        problem.set("");
        return checkout.charge(valid.amount(), remark.get().isBlank() ? null : remark.get().strip())
                .handleAsync((sale, error) -> {
                    busy.set(false);
                    AmountRefusedException refused = refused(error);
                    if (refused != null) {
                        refusal.set(AmountWords.of(texts, refused.error()));
                        loadCurrencies();
                    } else if (error != null) {
                        problem.set(Failures.notCharged(texts, error));
                    } else if (sale == null) {
                        problem.set(notCharged(texts.get("keypad.noAnswer")));
                    } else if (sale.state().outcome() == Outcome.VOID) {
                        problem.set(voided(sale.state().reasons()));
                    } else {
                        input.set("");
                        remark.set("");
                        dropped = "";
                        refusal.set("");
                        onCharged.accept(sale);
                    }
                    return null;
                }, fx);
    }

    private static AmountRefusedException refused(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof AmountRefusedException a) {
                return a;
            }
        }
        return null;
    }

    /** The engine's sentence for a sale that made no link already says what happened and what to do. */
    private String voided(List<Reason> reasons) {
        String words = new ReasonWords(texts).all(reasons);
        boolean linkFailed = reasons.stream().anyMatch(r -> Reason.LINK_FAILED.equals(r.code()));
        return words.isBlank() ? notCharged(null) : linkFailed ? words.strip() : notCharged(words);
    }

    private void recheck() {
        recheck(false);
    }

    /** Checks the amount typed against the currency; {@code keepDropped} keeps the last refused key's reason. */
    private void recheck(boolean keepDropped) {
        if (!keepDropped) {
            dropped = "";
        }
        if (currency.get() != null && AmountParser.checkPartial(input.get(), currency.get())
                instanceof AmountResult.Refused r) {
            refusal.set(AmountWords.of(texts, r.error()));
        } else {
            refusal.set(dropped);
        }
    }

    private String notCharged(String reason) {
        String why = reason == null || reason.isBlank() ? texts.get("keypad.noReason") : reason.strip();
        return texts.get("keypad.notCharged", why + (why.endsWith(".") ? "" : "."));
    }

    /** What the keypad says when MixPay's limits for a currency are not known: never an invented limit. */
    static String limitsNote(Texts texts, QuoteAsset asset) {
        return asset == null || asset.limitsKnown() ? "" : texts.get("keypad.limitsUnknown", asset.symbol());
    }

    /** The words this keypad speaks in. */
    public Texts texts() {
        return texts;
    }

    /** A note about the current currency's limits when they are not known; empty when they are. */
    public ReadOnlyStringProperty limitsProperty() {
        return limits;
    }

    public ReadOnlyStringProperty inputProperty() {
        return input;
    }

    /** Why the last key or the current amount was refused; empty when fine. */
    public ReadOnlyStringProperty refusalProperty() {
        return refusal;
    }

    /** Why the last charge made no sale; empty when none. */
    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    public StringProperty remarkProperty() {
        return remark;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObjectProperty<QuoteAsset> currencyProperty() {
        return currency;
    }

    public ObservableList<QuoteAsset> currencies() {
        return currencies;
    }
}
