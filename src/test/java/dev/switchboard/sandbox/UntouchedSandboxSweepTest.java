package dev.switchboard.sandbox;

import dev.switchboard.TestApp;
import dev.switchboard.sim.DesignReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Only sandboxes that would come back the same are swept: opened, never changed, and old enough. */
class UntouchedSandboxSweepTest {

    private static final Duration WEEK = Duration.ofDays(7);

    @TempDir
    Path dataDir;
    private Database database;
    private SandboxStore store;
    private final MovableClock clock = new MovableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private SandboxService sandboxes;

    @BeforeEach
    void open() {
        database = Database.open(dataDir, null);
        store = new SandboxStore(database.dataSource());
        sandboxes = new SandboxService(store, clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aBlankOrExerciseSandboxNobodyChangedGoesAfterAWeekAndEverythingElseStays() {
        String blank = sandboxes.create("s", null).id();
        String exercise = sandboxes.exercise("s", "api-gateways", DesignReader.read(TestApp.lessonDesign())).id();
        String copied = sandboxes.create("s", TestApp.lessonDesign()).id();
        String changed = sandboxes.create("s", null).id();
        sandboxes.save("s", changed, TestApp.lessonDesign());
        String changedExercise = sandboxes.exercise("s", "load-balancing",
                DesignReader.read(TestApp.lessonDesign())).id();
        sandboxes.save("s", changedExercise, TestApp.lessonDesign().replace("\"Client\"", "\"My client\""));

        clock.move(WEEK.plusMinutes(1));
        String recentBlank = sandboxes.create("s", null).id();
        int removed = sandboxes.sweepUntouched(WEEK);

        assertEquals(2, removed);
        assertFalse(store.find(blank).isPresent(), "a blank sandbox nobody changed");
        assertFalse(store.find(exercise).isPresent(), "an exercise nobody started");
        assertTrue(store.find(copied).isPresent(), "a sandbox made with a design (a copy or an import) stays");
        assertTrue(store.find(changed).isPresent(), "a changed sandbox stays");
        assertTrue(store.find(changedExercise).isPresent(), "a started exercise stays");
        assertTrue(store.find(recentBlank).isPresent(), "a blank sandbox younger than a week stays");
    }

    /** A clock the test moves forward by hand. */
    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
