package dev.switchboard.run;

import dev.switchboard.sim.Design;
import dev.switchboard.sim.DesignReader;
import dev.switchboard.sim.Frame;
import dev.switchboard.sim.Simulator;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PacingTest {

    @Test
    void aTenMillisecondHopPlaysForHalfASecondAtNormalSpeed() {
        assertEquals(500, Pacing.travelTime(frameAt(0), 1.0));
        assertEquals(125, Pacing.travelTime(frameAt(0), 4.0));
        assertEquals(2000, Pacing.travelTime(frameAt(0), 0.25));
    }

    @Test
    void theFirstFrameLeavesAtOnceAndLaterOnesAfterTheirSimulatedGap() {
        assertEquals(0, Pacing.delayBefore(null, frameAt(0), 1.0));
        assertEquals(750, Pacing.delayBefore(frameAt(0), frameAt(15), 1.0));
        assertEquals(375, Pacing.delayBefore(frameAt(0), frameAt(15), 2.0));
    }

    @Test
    void longIdleGapsAreShortenedToOneSecondAtNormalSpeed() {
        assertEquals(1000, Pacing.delayBefore(frameAt(0), frameAt(5_000), 1.0));
        assertEquals(250, Pacing.delayBefore(frameAt(0), frameAt(5_000), 4.0));
    }

    @Test
    void aTrafficRunIsFittedIntoAboutFortySecondsAndAScriptedOneKeepsItsHopPace() throws Exception {
        Design traffic = DesignReader.read("""
                {"version": 1, "nodes": [
                  {"id": "c", "type": "client", "name": "C",
                   "load": {"rps": 10, "durationSeconds": 10, "mix": [{"method": "GET", "path": "/a"}]}},
                  {"id": "s", "type": "server", "name": "S"}],
                 "links": [{"from": "c", "to": "s"}]}""");

        double trafficScale = Pacing.scaleFor(Simulator.run(traffic, 0));

        assertTrue(trafficScale > 3.5 && trafficScale < 4.5, "about 40 s for a 10 s run: " + trafficScale);
        assertEquals(50.0, Pacing.scaleFor(RunTest.lessonResult()));
    }

    @Test
    void speedsFromAQuarterToFourAreValid() {
        assertTrue(Pacing.isValidSpeed(0.25));
        assertTrue(Pacing.isValidSpeed(4));
        assertFalse(Pacing.isValidSpeed(0.2));
        assertFalse(Pacing.isValidSpeed(4.5));
        assertFalse(Pacing.isValidSpeed(Double.NaN));
    }

    private static Frame frameAt(long time) {
        return new Frame(1, time, 10, "r1", "request", "client", "gateway", "GET", "/", null, "note", null);
    }
}
