/**
 * The model and the engine of Switchboard: the design document ({@link dev.switchboard.sim.Design}, read and
 * validated by {@link dev.switchboard.sim.DesignReader}), the runnability check
 * ({@link dev.switchboard.sim.DesignProblems}) and the deterministic discrete-event simulator
 * ({@link dev.switchboard.sim.Simulator}) that turns a design into frames: gateways with routing, auth, rate
 * limits and timeouts, load balancers with five strategies, servers with capacity and queues, generated load with
 * per-node {@link dev.switchboard.sim.Metrics}, and incidents during a run. Every decision explains itself in a
 * frame's note and {@link dev.switchboard.sim.Trace}. docs/DESIGN-DOCUMENT.md describes the document and its
 * semantics.
 *
 * <p>Pure Java with Jackson only for the document: nothing here imports web, template or database code, and
 * nothing here depends on another package of ours. Runs use simulated time only, never the wall clock, and one
 * seeded random source per run.
 */
package dev.switchboard.sim;
