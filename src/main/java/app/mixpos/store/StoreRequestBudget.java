package app.mixpos.store;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MixPay budget of one till among several behind one internet address (the budget address), shared through the
 * store's PostgreSQL database so that all of them together keep to {@link StoreBudgetConfig#perMinute()}. The wiring
 * adapts it to checkout's {@code RequestBudget} port (INTERACTIVE is {@link Urgency#CASHIER}, FOREGROUND
 * {@link Urgency#SCREEN}).
 *
 * <p><b>Leases.</b> {@link #tryAcquire} never waits for the store: it takes a request from a small local allowance.
 * A refusal records what the till is waiting for (for a customer's screen or the cashier, or for the background) and
 * wakes a background thread, which leases a few requests at a time ({@code budget_lease}, one round trip, one row
 * lock per address). The store records each grant at its own {@code clock_timestamp()} and grants only while the
 * grants of the last {@link StoreBudgetConfig#window() window} (a minute plus a granted request's
 * {@link StoreBudgetConfig#tokenLife() life} on the till plus transit) stay within the limit. A granted request is
 * used within its life or dropped, so MixPay sees at most the limit in any minute. Durations on the till are measured
 * on the till's clock from before the lease was sent, so a till's clock being minutes off changes nothing.
 *
 * <p><b>Customers first.</b> Every lease reports what the till is waiting for and its demand for customers' screens
 * and the cashier (what it waits for plus what it used in the last lease); the store grants the waiting customers'
 * screens first, in proportion to each till's demand when requests are scarce, and background requests only from what
 * other tills' customers' screens leave, keeping 3 for a cashier. It paces what it grants for screens and the
 * background (one every window / (limit - 2), two after a pause) and, when that is scarce, serves the till whose
 * screen has waited longest; a lease that gets less than it asked for keeps asking for the rest, and so its turn.
 *
 * <p><b>The store away.</b> Each lease also makes the till a member of the shared budget for
 * {@link StoreBudgetConfig#LEASE}. The store keeps the {@link StoreBudgetConfig#share() fixed share} of every till
 * that is not a member free. A till whose membership has run out (or that has just started: an earlier run may have
 * spent shared requests) waits one more window, until every shared request it or anyone could have had before its
 * share was kept free has left the window, then makes at most its share in any window. Together that is at most the
 * limit, whatever mix of tills is away. When the store answers again the till reports the requests it made on its
 * share (as ages on its own clock, which the store counts as if granted then) and only then, in a call during which
 * it takes nothing from its share, rejoins the shared budget.
 *
 * <p>Thread-safe; {@link #close()} stops the leasing thread.
 */
public final class StoreRequestBudget implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StoreRequestBudget.class);
    private static final int MIXPAY_LIMIT = 60;
    /** The most requests one lease asks for, per kind. */
    static final int BATCH = 3;
    private static final Duration HEARTBEAT = StoreBudgetConfig.LEASE.dividedBy(3);
    private static final Duration RETRY_AWAY = Duration.ofSeconds(1);
    private static final Duration SHORT_WAIT = Duration.ofMillis(100);

    /** A leased request, usable until {@code expires} by {@code level} and anything more urgent. */
    private record Token(Instant expires, Urgency level) {

        boolean serves(Urgency priority) {
            return priority.ordinal() <= level.ordinal();
        }
    }

    private final StoreBudgetConfig config;
    private final BudgetLeases leases;
    private final Clock clock;
    private final ScheduledExecutorService leaser;
    private final FallbackShare share;
    private final Deque<Token> tokens = new ArrayDeque<>();
    private final Deque<Instant> foregroundUsed = new ArrayDeque<>();
    private final Instant startedAt;
    private Instant memberSince;
    private boolean callInFlight;
    private boolean joinInFlight;
    private boolean away;
    private int wantInteractive;
    private int wantForeground;
    private int wantBackground;
    private Instant retryAt = Instant.MIN;
    private Instant pausedUntil = Instant.MIN;
    private Instant backgroundPausedUntil = Instant.MIN;
    private ScheduledFuture<?> next;
    private Instant nextAt;
    private long granted;
    private long grantedOnShare;

    private StoreRequestBudget(DataSource store, StoreBudgetConfig config, Clock clock) {
        this.config = config;
        this.leases = new BudgetLeases(store, config);
        this.clock = clock;
        this.share = new FallbackShare(config.share(), config.window());
        this.startedAt = clock.instant();
        this.leaser = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "store-budget-" + config.tillId());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts leasing at once (the first lease makes the till a member). {@code store} should have connect and socket
     * timeouts of a few seconds (the store's pool does); {@code clock} is the till's own, used only for durations.
     */
    public static StoreRequestBudget start(DataSource store, StoreBudgetConfig config, Clock clock) {
        StoreRequestBudget budget = new StoreRequestBudget(store, config, clock);
        synchronized (budget) {
            budget.scheduleAt(budget.startedAt);
        }
        return budget;
    }

    /** Takes one request from the local allowance (or the fixed share) if {@code priority} may have it now. */
    public synchronized boolean tryAcquire(Urgency priority) {
        Instant now = clock.instant();
        if (now.isBefore(pausedUntil(priority))) {
            return false;
        }
        if (member(now)) {
            if (takeToken(now, priority)) {
                granted++;
                if (priority != Urgency.BACKGROUND) {
                    foregroundUsed.addLast(now);
                }
                return true;
            }
        } else if (shareOpen(now) && !joinInFlight && share.tryTake(now, shareReserve(priority))) {
            granted++;
            grantedOnShare++;
            return true;
        }
        want(priority, now);
        return false;
    }

    /** How long until {@code priority} could have a request, zero when it could now (at most a second). */
    public synchronized Duration waitFor(Urgency priority) {
        Instant now = clock.instant();
        Instant until = pausedUntil(priority);
        if (now.isBefore(until)) {
            return Duration.between(now, until);
        }
        Duration wait;
        if (member(now)) {
            wait = hasToken(now, priority) ? Duration.ZERO : later(SHORT_WAIT, Duration.between(now, retryAt));
        } else if (shareOpen(now)) {
            wait = joinInFlight ? SHORT_WAIT : share.untilFree(now, shareReserve(priority));
        } else {
            wait = Duration.between(now, shareOpensAt());
        }
        return wait.compareTo(RETRY_AWAY) > 0 ? RETRY_AWAY : wait;
    }

    /** Below the margin left for others: something else behind the address uses MixPay; the background waits. */
    public synchronized void observeRemaining(int remaining) {
        int margin = MIXPAY_LIMIT - config.perMinute();
        if (remaining < margin) {
            Instant until = clock.instant().plusSeconds(4L * (margin - Math.max(remaining, 0)));
            backgroundPausedUntil = until.isAfter(backgroundPausedUntil) ? until : backgroundPausedUntil;
        }
    }

    /** MixPay said {@code 1429}: everything but a cashier's requests waits {@code wait}. */
    public synchronized void rateLimited(Duration wait) {
        Instant until = clock.instant().plus(wait);
        pausedUntil = until.isAfter(pausedUntil) ? until : pausedUntil;
        LOG.warn("MixPay said 1429 to till {} sharing address {}: pausing for {}", config.tillId(), config.address(),
                wait);
    }

    /** Requests taken since start. */
    public synchronized long granted() {
        return granted;
    }

    /** Requests made on the fixed share while the store was away. */
    public synchronized long grantedOnShare() {
        return grantedOnShare;
    }

    /** Whether the till draws from the shared budget now (rather than waiting for, or selling on, its share). */
    public synchronized boolean shared() {
        return member(clock.instant());
    }

    public int perMinute() {
        return config.perMinute();
    }

    public StoreBudgetConfig config() {
        return config;
    }

    @Override
    public synchronized String toString() {
        Instant now = clock.instant();
        return "StoreRequestBudget[" + config.tillId() + "@" + config.address() + (member(now) ? " shared"
                : shareOpen(now) ? " on its share" : " waiting for its share") + ", member since " + memberSince
                + ", now " + now + (away ? ", store away" : "") + ", granted " + granted + " (" + grantedOnShare
                + " on its share)]";
    }

    @Override
    public void close() {
        leaser.shutdownNow();
    }

    private void lease() {
        Instant sentAt;
        boolean join;
        int ia;
        int fg;
        int bg;
        int demand;
        List<Instant> told;
        synchronized (this) {
            next = null;
            nextAt = null;
            sentAt = clock.instant();
            told = share.drainUntold();
            join = told.isEmpty() && !(away && shareOpen(sentAt));
            ia = join ? wantInteractive : 0;
            fg = join ? wantForeground : 0;
            bg = join ? wantBackground : 0;
            wantInteractive -= ia;
            wantForeground -= fg;
            wantBackground -= bg;
            demand = ia + fg + recentForeground(sentAt);
            callInFlight = true;
            joinInFlight = join;
        }
        long[] ages = told.stream().mapToLong(t -> config.serverMillis(Duration.between(t, sentAt))).toArray();
        try {
            long started = System.nanoTime();
            BudgetLeases.Grant grant = leases.lease(ia, fg, bg, demand, ages, join);
            LOG.debug("Till {}: lease ia={} fg={} bg={} demand={} join={} -> {} in {} us", config.tillId(), ia, fg,
                    bg, demand, join, grant, (System.nanoTime() - started) / 1000);
            synchronized (this) {
                if (away) {
                    LOG.info("Till {}: the store answers again; {}", config.tillId(),
                            join ? "back on the shared MixPay budget" : "reported " + told.size()
                                    + " requests made on its fixed share, rejoining the shared budget");
                }
                away = false;
                if (join) {
                    // what was asked for and not granted is still wanted: the store keeps the till's turn
                    // (V102, waiting_since) only while it keeps asking
                    wantInteractive = Math.min(BATCH, wantInteractive + ia - grant.interactive());
                    wantForeground = Math.min(BATCH, wantForeground + fg - grant.foreground());
                    wantBackground = Math.min(BATCH, wantBackground + bg - grant.background());
                    memberSince = sentAt;
                    Instant expires = sentAt.plus(config.tokenLife());
                    addTokens(grant.interactive(), expires, Urgency.CASHIER);
                    addTokens(grant.foreground(), expires, Urgency.SCREEN);
                    addTokens(grant.background(), expires, Urgency.BACKGROUND);
                    retryAt = sentAt.plus(config.tillTime(grant.retryMs()));
                }
            }
        } catch (SQLException | RuntimeException e) {
            synchronized (this) {
                share.restore(told);
                wantInteractive += ia;
                wantForeground += fg;
                wantBackground += bg;
                if (!away) {
                    LOG.warn("Till {}: the store cannot be reached for the shared MixPay budget; on a fixed share of "
                            + "{} a minute from {} ({})", config.tillId(), config.share(), shareOpensAt(), e.toString());
                }
                away = true;
            }
        } finally {
            synchronized (this) {
                callInFlight = false;
                joinInFlight = false;
                scheduleAt(nextLeaseAt(join));
            }
        }
    }

    /** When the next lease goes out. Holds the lock. */
    private Instant nextLeaseAt(boolean joined) {
        Instant now = clock.instant();
        if (away) {
            return now.plus(RETRY_AWAY);
        }
        if (!joined || share.hasUntold()) {
            return now;
        }
        Instant heartbeat = now.plus(HEARTBEAT);
        if (wantInteractive + wantForeground + wantBackground > 0) {
            return retryAt.isAfter(heartbeat) ? heartbeat : retryAt.isAfter(now) ? retryAt : now;
        }
        return heartbeat;
    }

    private void want(Urgency priority, Instant now) {
        switch (priority) {
            case CASHIER -> wantInteractive = Math.min(BATCH, wantInteractive + 1);
            case SCREEN -> wantForeground = Math.min(BATCH, wantForeground + 1);
            case BACKGROUND -> wantBackground = Math.min(BATCH, wantBackground + 1);
        }
        if (!callInFlight && !away) {
            Instant heartbeat = now.plus(HEARTBEAT);
            scheduleAt(retryAt.isAfter(heartbeat) ? heartbeat : retryAt.isAfter(now) ? retryAt : now);
        }
    }

    /** Schedules the next lease at {@code at} unless one is due sooner. Holds the lock. */
    private void scheduleAt(Instant at) {
        if (leaser.isShutdown() || (nextAt != null && !nextAt.isAfter(at))) {
            return;
        }
        if (next != null) {
            next.cancel(false);
        }
        long delay = Math.max(0, Duration.between(clock.instant(), at).toMillis());
        nextAt = at;
        next = leaser.schedule(this::lease, delay == 0 ? 0 : config.serverMillis(Duration.ofMillis(delay)),
                TimeUnit.MILLISECONDS);
    }

    /** Customers' screens and the cashier served in the last lease: they will ask again. Holds the lock. */
    private int recentForeground(Instant now) {
        Instant cutoff = now.minus(StoreBudgetConfig.LEASE);
        while (!foregroundUsed.isEmpty() && foregroundUsed.peekFirst().isBefore(cutoff)) {
            foregroundUsed.removeFirst();
        }
        return foregroundUsed.size();
    }

    private boolean member(Instant now) {
        return memberSince != null && now.isBefore(memberSince.plus(StoreBudgetConfig.LEASE));
    }

    private Instant shareOpensAt() {
        Instant lastMember = memberSince == null ? startedAt : memberSince;
        return lastMember.plus(StoreBudgetConfig.LEASE).plus(config.window());
    }

    private boolean shareOpen(Instant now) {
        return !member(now) && !now.isBefore(shareOpensAt());
    }

    /** On its share, as with the store: one kept for a cashier's charge, a quarter kept from the background. */
    private int shareReserve(Urgency priority) {
        return switch (priority) {
            case CASHIER -> 0;
            case SCREEN -> 1;
            case BACKGROUND -> Math.max(1, config.share() / 4);
        };
    }

    private void addTokens(int count, Instant expires, Urgency level) {
        for (int i = 0; i < count; i++) {
            tokens.addLast(new Token(expires, level));
        }
    }

    /** Takes the token meant for {@code priority} if there is one, else one meant for something less urgent. */
    private boolean takeToken(Instant now, Urgency priority) {
        tokens.removeIf(t -> !t.expires().isAfter(now));
        Token pick = null;
        for (Token t : tokens) {
            if (t.serves(priority) && (pick == null || t.level().ordinal() < pick.level().ordinal())) {
                pick = t;
            }
        }
        return pick != null && tokens.remove(pick);
    }

    private boolean hasToken(Instant now, Urgency priority) {
        return tokens.stream().anyMatch(t -> t.expires().isAfter(now) && t.serves(priority));
    }

    private Instant pausedUntil(Urgency priority) {
        return switch (priority) {
            case CASHIER -> Instant.MIN;
            case SCREEN -> pausedUntil;
            case BACKGROUND -> pausedUntil.isAfter(backgroundPausedUntil) ? pausedUntil : backgroundPausedUntil;
        };
    }

    private static Duration later(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
