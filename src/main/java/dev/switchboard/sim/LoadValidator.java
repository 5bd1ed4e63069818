package dev.switchboard.sim;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Validates a client's {@code load} and keeps the running total of generated requests, which is capped. */
final class LoadValidator {

    static final long MAX_RPS = 100_000;
    static final long MAX_DURATION_SECONDS = 3600;
    static final long MAX_LOAD_REQUESTS = 10_000_000;
    static final int MAX_MIX = 50;
    static final long MAX_WEIGHT = 1000;

    private static final Set<String> LOAD_FIELDS = Set.of("rps", "durationSeconds", "arrival", "mix");
    private static final Set<String> MIX_FIELDS = Set.of("method", "path", "weight", "token");
    private static final List<String> ARRIVALS = List.of(Load.CONSTANT, Load.POISSON);

    private final Fields fields;
    private long total;
    private boolean limitReported;

    LoadValidator(Fields fields) {
        this.fields = fields;
    }

    Load read(JsonNode client, String parent) {
        JsonNode load = client.get("load");
        String path = parent + ".load";
        if (load == null || load.isNull() || !fields.expectObject(load, path)) {
            return null;
        }
        fields.rejectUnknown(load, path, LOAD_FIELDS);
        Long rps = fields.requiredInteger(load, path, "rps", 1, MAX_RPS);
        Long duration = fields.requiredInteger(load, path, "durationSeconds", 1, MAX_DURATION_SECONDS);
        String arrival = fields.optionalChoice(load, path, "arrival", ARRIVALS);
        List<Load.MixEntry> mix = readMix(load.get("mix"), path + ".mix");
        if (rps == null || duration == null || mix == null) {
            return null;
        }
        countAgainstLimit(rps * duration, path);
        return new Load(rps, duration, arrival, mix);
    }

    private void countAgainstLimit(long requests, String field) {
        total += requests;
        if (total > MAX_LOAD_REQUESTS && !limitReported) {
            limitReported = true;
            fields.error(field, "Too much load: " + total + " generated requests (rps × durationSeconds) across all"
                    + " clients, the limit is " + MAX_LOAD_REQUESTS);
        }
    }

    private List<Load.MixEntry> readMix(JsonNode array, String field) {
        if (array == null || array.isNull()) {
            fields.error(field, "mix is required: 1 to " + MAX_MIX + " kinds of request");
            return null;
        }
        if (!fields.expectArray(array, field)) {
            return null;
        }
        if (array.isEmpty() || array.size() > MAX_MIX) {
            fields.error(field, "mix needs 1 to " + MAX_MIX + " kinds of request, got " + array.size());
            return null;
        }
        List<Load.MixEntry> mix = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            Load.MixEntry entry = readEntry(array.get(i), field + "[" + i + "]");
            if (entry != null) {
                mix.add(entry);
            }
        }
        return mix.size() == array.size() ? mix : null;
    }

    private Load.MixEntry readEntry(JsonNode entry, String path) {
        if (!fields.expectObject(entry, path)) {
            return null;
        }
        fields.rejectUnknown(entry, path, MIX_FIELDS);
        String method = RequestValidator.readMethod(fields, entry.get("method"), path + ".method");
        JsonNode rawPath = entry.get("path");
        String requestPath = null;
        if (rawPath == null || rawPath.isNull()) {
            fields.error(path + ".path", "path is required");
        } else {
            requestPath = RequestValidator.readPath(fields, rawPath, path + ".path", "path");
        }
        Long weight = fields.optionalInteger(entry, path, "weight", 1, MAX_WEIGHT);
        String token = RequestValidator.optionalWord(fields, entry, path, "token", RequestValidator.MAX_TOKEN);
        return method == null || requestPath == null ? null : new Load.MixEntry(method, requestPath, weight, token);
    }
}
