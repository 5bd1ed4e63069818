package dev.switchboard.sim;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EventLoopTest {

    private final EventLoop loop = new EventLoop();
    private final List<String> fired = new ArrayList<>();

    @Test
    void givenEventsAtDifferentTimes_whenRun_thenTheyFireInTimeOrderAndTheClockFollows() {
        loop.schedule(recorder("late"), 30);
        loop.schedule(recorder("early"), 10);

        loop.run();

        assertEquals(List.of("early@10", "late@30"), fired);
        assertEquals(30, loop.now());
    }

    @Test
    void givenEventsAtTheSameTime_whenRun_thenTheyFireInTheOrderTheyWereScheduled() {
        for (int i = 0; i < 20; i++) {
            loop.schedule(recorder("e" + i), 5);
        }

        loop.run();

        assertEquals(20, fired.size());
        for (int i = 0; i < 20; i++) {
            assertEquals("e" + i + "@5", fired.get(i));
        }
    }

    @Test
    void givenTheClockHasMovedOn_whenSchedulingIntoThePast_thenItIsRefused() {
        loop.schedule(new Event() {
            @Override
            void fire() {
                loop.schedule(recorder("too late"), 5);
            }
        }, 10);

        IllegalStateException refused = assertThrows(IllegalStateException.class, loop::run);

        assertEquals("Cannot schedule an event at 5 ms: the clock is already at 10 ms", refused.getMessage());
    }

    private Event recorder(String name) {
        return new Event() {
            @Override
            void fire() {
                fired.add(name + "@" + loop.now());
            }
        };
    }
}
