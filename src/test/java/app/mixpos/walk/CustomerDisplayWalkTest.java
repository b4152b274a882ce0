package app.mixpos.walk;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxToolkit;

/**
 * The random walk with a customer display open beside the till, observing the same till model: every invariant of
 * the walk, and {@link CustomerDisplayInvariants} (the customer display shows the sale facing the customer, its QR
 * reads as the sale's link from its pixels, no stale QR, no text cut short). Replay with {@code -Dwalk.seed=N
 * -Dwalk.steps=N -Dwalk.only=1024x768-training -Dtest=CustomerDisplayWalkTest}.
 */
@Tag("walk")
class CustomerDisplayWalkTest {

    static final int STEPS = 300;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        Invariants.install();
    }

    static Stream<Arguments> walks() {
        List<Arguments> all = new ArrayList<>();
        all.add(Arguments.of(1024, 768, Layout.TRAINING, STEPS));
        all.add(Arguments.of(1280, 800, Layout.LIVE, STEPS));
        return all.stream().filter(a -> Walk.wanted((int) a.get()[0], (int) a.get()[1], (Layout) a.get()[2]));
    }

    @ParameterizedTest(name = "{0}x{1} {2} with a customer display, {3} steps")
    @MethodSource("walks")
    void randomWalkWithTheCustomerDisplayOpen(int width, int height, Layout layout, int steps, @TempDir Path data)
            throws Exception {
        Till.assumeScreenFits(width, height);
        int count = Integer.getInteger("walk.steps", steps);
        long seed = RandomWalkTest.SEED;
        try (Till till = new Till(layout, width, height, data, seed, true)) {
            Walk w = new Walk(till, "walk with customer display", seed);
            new RandomWalkTest.Walker(w, new Random(seed)).walk(count);
            w.finish("replay: ./mvnw -B test -Dgroups=walk -Dtest=CustomerDisplayWalkTest -Dwalk.seed=" + seed
                    + " -Dwalk.steps=" + count + " -Dwalk.only=" + width + "x" + height + "-" + layout.label());
        }
    }
}
