package dev.switchboard.run;

import dev.switchboard.sim.Design;
import dev.switchboard.sim.DesignReader;
import dev.switchboard.sim.SimulationResult;
import dev.switchboard.sim.Simulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunTest {

    private RunRegistry registry;
    private Run run;
    private RecordingListener watcher;

    @BeforeEach
    void givenAPausedRunOfTheLessonWithOneWatcher() throws IOException {
        registry = new RunRegistry(Duration.ofMinutes(5), 10, 10);
        run = registry.create(lessonResult(), 4.0, "tester");
        watcher = new RecordingListener();
        run.subscribe(watcher, null);
        assertEquals("status paused 0", watcher.drain().get(0));
    }

    @AfterEach
    void closeRegistry() {
        registry.close();
    }

    @Test
    void aNewRunIsPausedAndReleasesNothingOnItsOwn() throws InterruptedException {
        Thread.sleep(300);

        assertEquals(List.of(), watcher.drain());
        assertEquals(RunState.PAUSED, run.state());
    }

    @Test
    void stepReleasesExactlyOneFrameEachTime() {
        run.step();
        run.step();

        assertEquals(List.of("frame 1", "status paused 1", "frame 2", "status paused 2"), watcher.drain());
    }

    @Test
    void playReleasesEveryFrameInOrderThenFinishes() throws InterruptedException {
        run.play();

        watcher.await("end");
        assertEquals(12, watcher.frames.size());
        for (int i = 0; i < 12; i++) {
            assertEquals(i + 1, watcher.frames.get(i).seq());
        }
        assertEquals(RunState.FINISHED, run.state());
    }

    @Test
    void pauseHoldsThePosition() throws InterruptedException {
        run.play();
        watcher.await("frame 2");

        run.pause();
        int position = run.status().position();
        Thread.sleep(700);

        assertEquals(position, run.status().position());
        assertEquals(RunState.PAUSED, run.state());
    }

    @Test
    void stepAtTheLastFrameFinishesTheRun() {
        for (int i = 0; i < 12; i++) {
            run.step();
        }

        assertEquals(RunState.FINISHED, run.state());
        assertTrue(watcher.drain().contains("end"));
    }

    @Test
    void aLateWatcherGetsTheFramesItMissedThenTheStatus() {
        run.step();
        run.step();
        run.step();
        RecordingListener late = new RecordingListener();

        run.subscribe(late, 1);

        assertEquals(List.of("frame 2", "frame 3", "status paused 3"), late.drain());
    }

    @Test
    void aWatcherThatSawMoreThanTheRunHasIsToldToForget() {
        run.step();
        RecordingListener fromBeforeARestart = new RecordingListener();

        run.subscribe(fromBeforeARestart, 9);

        assertEquals(List.of("restart", "frame 1", "status paused 1"), fromBeforeARestart.drain());
    }

    @Test
    void restartRewindsAndPlaysFromTheFirstFrame() throws InterruptedException {
        run.step();
        run.step();

        run.restart();

        watcher.await("restart");
        assertEquals("frame 1", watcher.await("frame"));
    }

    @Test
    void playingAFinishedRunStartsItAgain() throws InterruptedException {
        for (int i = 0; i < 12; i++) {
            run.step();
        }

        run.play();

        watcher.await("restart");
        watcher.await("frame 1");
    }

    @Test
    void speedOutsideItsRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> run.speed(0.1));
        assertThrows(IllegalArgumentException.class, () -> run.speed(5));

        run.speed(0.25);
        assertEquals(0.25, run.status().speed());
    }

    @Test
    void aWatcherWhoseConnectionFailsIsDroppedWithoutStoppingTheOthers() {
        RunListener broken = new RecordingListener() {
            @Override
            public void frame(dev.switchboard.sim.Frame frame) {
                throw new IllegalStateException("connection closed");
            }
        };
        run.subscribe(broken, null);

        run.step();
        run.step();

        assertEquals(List.of("frame 1", "status paused 1", "frame 2", "status paused 2"), watcher.drain());
    }

    static SimulationResult lessonResult() throws IOException {
        Design design = DesignReader.read(Files.readString(Path.of("lessons", "api-gateways", "design.json")));
        return Simulator.run(design, 0);
    }
}
