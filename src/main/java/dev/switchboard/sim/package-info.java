/**
 * The model and the engine of Switchboard: the design document ({@link dev.switchboard.sim.Design}, read and
 * validated by {@link dev.switchboard.sim.DesignReader}), the runnability check
 * ({@link dev.switchboard.sim.DesignProblems}) and the deterministic discrete-event simulator
 * ({@link dev.switchboard.sim.Simulator}) that turns a design into frames.
 *
 * <p>Pure Java with Jackson only for the document: nothing here imports web, template or database code, and
 * nothing here depends on another package of ours. Runs use simulated time only, never the wall clock, and one
 * seeded random source per run.
 */
package dev.switchboard.sim;
