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
        try (RunRegistry registry = new RunRegistry(Duration.ofMillis(200), 10)) {
            Run abandoned = registry.create(RunTest.lessonResult(), 1);
            Run watched = registry.create(RunTest.lessonResult(), 1);
            watched.subscribe(new RecordingListener(), null);

            awaitGone(registry, abandoned.id());

            assertTrue(registry.find(watched.id()).isPresent());
        }
    }

    @Test
    void theNumberOfLiveRunsIsCapped() throws IOException {
        try (RunRegistry registry = new RunRegistry(Duration.ofMinutes(5), 2)) {
            registry.create(RunTest.lessonResult(), 1);
            registry.create(RunTest.lessonResult(), 1);

            assertThrows(TooManyRunsException.class, () -> registry.create(RunTest.lessonResult(), 1));
        }
    }

    @Test
    void runIdsAreLongAndDistinct() throws IOException {
        try (RunRegistry registry = new RunRegistry(Duration.ofMinutes(5), 10)) {
            String first = registry.create(RunTest.lessonResult(), 1).id();
            String second = registry.create(RunTest.lessonResult(), 1).id();

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
