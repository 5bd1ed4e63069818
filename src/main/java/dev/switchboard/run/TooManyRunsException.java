package dev.switchboard.run;

/** The instance already plays as many runs as it allows; the caller should retry later. */
public final class TooManyRunsException extends RuntimeException {

    public TooManyRunsException(String reason) {
        super(reason + "; try again in a minute or two");
    }
}
