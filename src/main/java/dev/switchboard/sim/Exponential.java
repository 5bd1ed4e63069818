package dev.switchboard.sim;

import java.util.SplittableRandom;

/**
 * Draws from the exponential distribution with mean 1, for Poisson arrivals and exponential service times.
 *
 * <p>Why not a library: a run must give the same frames on any JVM, and the ready-made samplers do not promise that
 * (the JDK's {@code nextExponential} leaves its algorithm open and uses {@code Math.exp}, whose last bit may vary by
 * platform). Inverting the distribution with {@code StrictMath.log} does promise it, but on Java 17 that is a native
 * call, and a traffic run makes two draws per request. So this is the ziggurat method of Marsaglia and Tsang
 * (2000): the area under e^-x is cut into {@value #LAYERS} layers of equal area; a draw picks a layer and a point in
 * it, and nearly always the point lies under the curve at once. Only the thin sliver of a layer that the curve
 * crosses (StrictMath.exp, pure Java) and the tail beyond the base layer (StrictMath.log, once in several hundred
 * draws) need more. Plain double arithmetic is exact in Java 17, so the draws are the same everywhere.
 */
final class Exponential {

    private static final int LAYERS = 256;
    /** Where the base layer ends and the tail begins, for 256 layers. */
    private static final double TAIL_START = 7.69711747013104972;
    /** The area of each layer, for 256 layers. */
    private static final double LAYER_AREA = 3.949659822581572e-3;

    /** Right edge of layer i; layer 0 is the base, its edge widened so that its rectangle holds the tail's area. */
    private static final double[] EDGE = new double[LAYERS + 1];
    /** e^-EDGE[i]: the height of the curve at each edge, so layer i spans heights HEIGHT[i] to HEIGHT[i + 1]. */
    private static final double[] HEIGHT = new double[LAYERS + 1];

    static {
        EDGE[0] = LAYER_AREA / StrictMath.exp(-TAIL_START);
        EDGE[1] = TAIL_START;
        for (int i = 1; i < LAYERS - 1; i++) {
            EDGE[i + 1] = -StrictMath.log(LAYER_AREA / EDGE[i] + StrictMath.exp(-EDGE[i]));
        }
        EDGE[LAYERS] = 0;
        for (int i = 0; i <= LAYERS; i++) {
            HEIGHT[i] = StrictMath.exp(-EDGE[i]);
        }
        HEIGHT[0] = 0;
    }

    private Exponential() {
    }

    /** A draw with mean 1; the random stream decides it entirely. */
    static double draw(SplittableRandom random) {
        while (true) {
            long bits = random.nextLong();
            int layer = (int) (bits & (LAYERS - 1));
            // The top 53 bits give the position; the layer came from the low 8, so the two are independent.
            double x = (bits >>> 11) * 0x1.0p-53 * EDGE[layer];
            if (x < EDGE[layer + 1]) {
                return x;
            }
            if (layer == 0) {
                // Past the base rectangle: the tail. The exponential forgets its past, so it is the start plus a draw.
                return TAIL_START - StrictMath.log(1.0 - random.nextDouble());
            }
            double height = HEIGHT[layer] + random.nextDouble() * (HEIGHT[layer + 1] - HEIGHT[layer]);
            if (height < StrictMath.exp(-x)) {
                return x;
            }
        }
    }
}
