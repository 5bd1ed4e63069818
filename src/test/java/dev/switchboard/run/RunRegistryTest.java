package dev.switchboard.run;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunRegistryTest {

    @Test
    void aRunNobodyWatchesIsClosedAfterTheIdleTimeoutWhileAWatchedOneStays() throws Exception {
        try (RunRegistry registry = new RunRegistry(Duration.ofMillis(200), 10, 10)) {
            Run abandoned = registry.create(RunTest.lessonResult(), 1, "alice");
            Run watched = registry.create(RunTest.lessonResult(), 1, "alice");
            watched.subscribe(new RecordingListener(), null);

            awaitGone(registry, abandoned.id());

            assertTrue(registry.find(watched.id()).isPresent());
        }
    }

    @Test
    void theNumberOfLiveRunsIsCappedForTheInstance() throws IOException {
        try (RunRegistry registry = new RunRegistry(Duration.ofMinutes(5), 2, 10)) {
            registry.create(RunTest.lessonResult(), 1, "alice");
            registry.create(RunTest.lessonResult(), 1, "bob");

            assertThrows(TooManyRunsException.class, () -> registry.create(RunTest.lessonResult(), 1, "carol"));
        }
    }

    @Test
    void oneClientCannotTakeEveryRunSlot() throws IOException {
        try (RunRegistry registry = new RunRegistry(Duration.ofMinutes(5), 10, 2)) {
            registry.create(RunTest.lessonResult(), 1, "greedy");
            registry.create(RunTest.lessonResult(), 1, "greedy");

            assertThrows(TooManyRunsException.class, () -> registry.create(RunTest.lessonResult(), 1, "greedy"));
            registry.create(RunTest.lessonResult(), 1, "someone else");
        }
    }

    @Test
    void theFramesAllLiveRunsHoldStayWithinTheInstancesBudgetWhateverTheirOwners() throws IOException {
        int perRun = RunTest.lessonResult().frames().size();
        try (RunRegistry registry = new RunRegistry(Duration.ofMinutes(5), 100, 100, 2L * perRun)) {
            Run first = registry.create(RunTest.lessonResult(), 1, "session:a");
            registry.create(RunTest.lessonResult(), 1, "session:b");

            TooManyRunsException refused = assertThrows(TooManyRunsException.class,
                    () -> registry.create(RunTest.lessonResult(), 1, "session:c"));
            assertTrue(refused.getMessage().contains("frames"), refused.getMessage());
            assertEquals(2, registry.size());
            assertEquals(2L * perRun, registry.framesHeld());

            registry.remove(first.id());
            registry.create(RunTest.lessonResult(), 1, "session:c");
            assertEquals(2L * perRun, registry.framesHeld());
        }
    }

    @Test
    void removingARunTellsItsWatchersItIsGone() throws Exception {
        try (RunRegistry registry = new RunRegistry(Duration.ofMinutes(5), 10, 10)) {
            Run run = registry.create(RunTest.lessonResult(), 1, "alice");
            boolean[] closed = {false};
            run.subscribe(new RecordingListener() {
                @Override
                public void closed() {
                    closed[0] = true;
                }
            }, null);

            registry.remove(run.id());

            assertTrue(closed[0]);
        }
    }

    @Test
    void runIdsAreLongAndDistinct() throws IOException {
        try (RunRegistry registry = new RunRegistry(Duration.ofMinutes(5), 10, 10)) {
            String first = registry.create(RunTest.lessonResult(), 1, "alice").id();
            String second = registry.create(RunTest.lessonResult(), 1, "alice").id();

            assertNotEquals(first, second);
            assertEquals(22, first.length(), "128 bits in URL-safe base64");
        }
    }

    private static void awaitGone(RunRegistry registry, String id) throws InterruptedException {
        for (int i = 0; i < 100 && registry.find(id).isPresent(); i++) {
            Thread.sleep(50);
        }
        assertTrue(registry.find(id).isEmpty(), "the abandoned run was closed");
    }
}
