package dev.switchboard.sim;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Queueing theory as a check of the engine: Poisson arrivals into a load balancer that holds requests in one FIFO
 * queue in front of c = 3 identical servers of capacity 1 with exponential service, all links without latency,
 * is the M/M/c queue, whose mean wait in the queue is given by the Erlang C formula. The simulated mean wait must
 * agree within 5%. Mean service is 30 ms so that the arrival rates are whole numbers (50, 70 and 85 per second)
 * and the rounding of times to whole milliseconds stays far below the tolerance. Each utilisation runs an hour of
 * simulated time with several seeds, averaged by the number of requests; this checks correctness, not speed.
 */
class ErlangCTest {

    private static final int SERVERS = 3;
    private static final double SERVICE_MS = 30;
    private static final long[] SEEDS = {1, 2, 3, 4, 5, 6};

    @ParameterizedTest(name = "utilisation {0}: {1} requests per second")
    @CsvSource({"0.5, 50", "0.7, 70", "0.85, 85"})
    void givenAnMMcQueue_whenSimulatedForLong_thenTheMeanWaitAgreesWithErlangCWithinFivePercent(double rho, int rps) {
        Design design = DesignReader.read(mmc(rps));
        double expected = erlangCWaitMs(SERVERS, rps / 1000.0, 1 / SERVICE_MS);

        double waitSum = 0;
        long served = 0;
        for (long seed : SEEDS) {
            Metrics.Window balancer = Simulator.run(design, seed).metrics().nodes().get(1).totals();
            waitSum += balancer.meanWaitMs() * balancer.completions();
            served += balancer.completions();
        }
        double simulated = waitSum / served;

        assertEquals(rho, rps * SERVICE_MS / 1000 / SERVERS, 1e-9);
        assertEquals(expected, simulated, expected * 0.05,
                () -> "Erlang C gives " + expected + " ms, the simulation " + simulated + " ms");
    }

    /** Erlang C: the probability of waiting times the mean wait of those who wait, 1 / (c mu - lambda). */
    static double erlangCWaitMs(int c, double lambdaPerMs, double muPerMs) {
        double offered = lambdaPerMs / muPerMs;
        double term = 1;
        double sum = 0;
        for (int k = 0; k < c; k++) {
            sum += term;
            term *= offered / (k + 1);
        }
        double waiting = term * c / (c - offered);
        double probabilityOfWaiting = waiting / (sum + waiting);
        return probabilityOfWaiting / (c * muPerMs - lambdaPerMs);
    }

    private static String mmc(int rps) {
        StringBuilder servers = new StringBuilder();
        StringBuilder links = new StringBuilder("{\"from\": \"client\", \"to\": \"lb\", \"latencyMs\": 0}");
        for (int i = 1; i <= SERVERS; i++) {
            servers.append(", {\"id\": \"s").append(i).append("\", \"type\": \"server\", \"name\": \"S").append(i)
                    .append("\", \"latencyMs\": ").append((long) SERVICE_MS)
                    .append(", \"capacity\": 1, \"service\": \"exponential\"}");
            links.append(", {\"from\": \"lb\", \"to\": \"s").append(i).append("\", \"latencyMs\": 0}");
        }
        return """
                {"version": 1, "name": "M/M/c", "nodes": [
                  {"id": "client", "type": "client", "name": "Client", "load": {"rps": %d, "durationSeconds": 3600,
                   "arrival": "poisson", "mix": [{"method": "GET", "path": "/x"}]}},
                  {"id": "lb", "type": "loadbalancer", "name": "LB", "latencyMs": 0, "queue": 1000000,
                   "strategy": "least-connections"}%s],
                 "links": [%s]}""".formatted(rps, servers, links);
    }
}
