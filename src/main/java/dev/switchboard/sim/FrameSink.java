package dev.switchboard.sim;

/** Receives frames one by one as the engine emits them. */
@FunctionalInterface
public interface FrameSink {

    void accept(Frame frame);
}
