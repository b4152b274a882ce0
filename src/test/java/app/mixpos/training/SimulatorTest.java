package app.mixpos.training;

import app.mixpos.testing.MutableClock;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh simulator on a hand-moved clock for each test, and a plain HTTP client to talk to it. */
abstract class SimulatorTest {

    final MutableClock clock = MutableClock.atSomeMorning();
    MixPaySimulator sim;
    SimClient client;

    @BeforeEach
    void startSimulator() throws IOException {
        sim = MixPaySimulator.start(clock);
        client = new SimClient(sim.apiUrl());
    }

    @AfterEach
    void stopSimulator() {
        sim.close();
    }
}
