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
        int scripted = design.nodes().stream().mapToInt(node -> node.requests() == null ? 0 : node.requests().size())
                .sum();
        long generated = design.nodes().stream().mapToLong(node -> node.load() == null ? 0
                : node.load().expectedRequests()).sum();
        int requests = (int) Math.min(Integer.MAX_VALUE, scripted + generated);
        // A load too big to play is refused when Play asks for it; the page must not simulate it meanwhile.
        boolean playable = DesignProblems.find(design).isEmpty() && SimulationApi.loadProblem(design).isEmpty();
        int frames = playable ? Simulator.run(design, 0).frames().size() : 0;
        return new Pages.SimulationPanel(caption, checkpointId, checkpointTitle, toJson(design, json),
                Diagram.of(design), Diagram.portraitOf(design), requests, frames,
                emptyText(design, requests, generated > 0));
    }

    /** What Play will do, in words: how many requests, through what, and whether charts follow. */
    private static String emptyText(Design design, int requests, boolean traffic) {
        String through = design.nodes().stream().filter(node -> node.type().equals("gateway")).findFirst()
                .map(gateway -> " through " + gateway.name()).orElse("");
        String noun = requests == 1 ? "request" : "requests";
        String about = design.nodes().stream().anyMatch(node -> node.load() != null && node.load().poisson())
                ? "about " : "";
        String charts = traffic ? "; charts of throughput, latency, errors and load follow the run" : "";
        return "Press Play to send " + about + requests + " " + noun + through + charts + ".";
    }

    private static String toJson(Design design, ObjectMapper json) {
        try {
            return json.writeValueAsString(design);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A valid design could not be written as JSON", e);
        }
    }
}
