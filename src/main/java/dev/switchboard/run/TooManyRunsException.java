package dev.switchboard.run;

/** The instance already plays as many runs as it allows; the caller should retry later. */
public final class TooManyRunsException extends RuntimeException {

    public TooManyRunsException(int limit) {
        super("This server is already playing " + limit + " runs; try again in a minute");
    }
}
