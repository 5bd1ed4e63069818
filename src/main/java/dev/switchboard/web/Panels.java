package dev.switchboard.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.sim.Design;
import dev.switchboard.sim.DesignProblems;
import dev.switchboard.sim.Simulator;

/** Builds the simulation panel (drawings, player, empty state) for any design: a lesson's, a checkpoint's, a share. */
final class Panels {

    private Panels() {
    }

    static Pages.SimulationPanel of(Design design, ObjectMapper json, String caption, String checkpointId,
                                    String checkpointTitle) {
        int requests = design.nodes().stream().mapToInt(node -> node.requests() == null ? 0 : node.requests().size())
                .sum();
        int frames = DesignProblems.find(design).isEmpty() ? Simulator.run(design, 0).frames().size() : 0;
        return new Pages.SimulationPanel(caption, checkpointId, checkpointTitle, toJson(design, json),
                Diagram.of(design), Diagram.portraitOf(design), requests, frames, emptyText(design, requests));
    }

    /** What Play will do, in words: the scripted requests, or the traffic the clients generate. */
    private static String emptyText(Design design, int requests) {
        String through = design.nodes().stream().filter(node -> node.type().equals("gateway")).findFirst()
                .map(gateway -> " through " + gateway.name()).orElse("");
        long generatedPerSecond = design.nodes().stream().filter(node -> node.load() != null)
                .mapToLong(node -> node.load().rps()).sum();
        if (generatedPerSecond > 0) {
            long seconds = design.nodes().stream().filter(node -> node.load() != null)
                    .mapToLong(node -> node.load().durationSeconds()).max().orElse(0);
            return "Press Play to send " + generatedPerSecond + " requests a second for " + seconds + " seconds"
                    + through + " (a sample of the frames is shown, with charts of the whole run).";
        }
        String noun = requests == 1 ? "request" : "requests";
        return "Press Play to send " + requests + " " + noun + through + ".";
    }

    private static String toJson(Design design, ObjectMapper json) {
        try {
            return json.writeValueAsString(design);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A valid design could not be written as JSON", e);
        }
    }
}
