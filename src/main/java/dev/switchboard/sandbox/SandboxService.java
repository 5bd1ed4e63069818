package dev.switchboard.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.switchboard.RandomIds;
import dev.switchboard.sim.Design;
import dev.switchboard.sim.DesignProblems;
import dev.switchboard.sim.DesignReader;
import dev.switchboard.sim.FieldError;
import dev.switchboard.sim.InvalidDesignException;
import dev.switchboard.sim.Node;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rules of sandboxes: each belongs to one session, holds a valid design document (which may be unfinished,
 * so it is checked for format and limits, not for whether it can run), and can be frozen into a share.
 */
public final class SandboxService {

    /** Beyond the document format's own limits (100 nodes, 300 links), a sandbox client sends at most this many. */
    public static final int MAX_REQUESTS_PER_CLIENT = 200;

    /** A visitor may keep this many sandboxes; more is a script, not a learner. */
    public static final int MAX_SANDBOXES_PER_SESSION = 100;

    private static final Logger log = LoggerFactory.getLogger(SandboxService.class);
    private static final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String BLANK = "{\"version\": 1, \"name\": \"Untitled design\", \"nodes\": [], \"links\": []}";

    private final SandboxStore store;
    private final Clock clock;

    public SandboxService(SandboxStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** A new sandbox for the session: blank, or holding the given document once it passes validation. */
    public Sandbox create(String sessionId, String document) {
        return create(sessionId, document, null);
    }

    /** A sandbox for a lesson's exercise: the session's earlier one for that lesson, or a new one from the start. */
    public Sandbox exercise(String sessionId, String lesson, Design start) {
        return store.ofSession(sessionId).stream().filter(sandbox -> lesson.equals(sandbox.exercise())).findFirst()
                .orElseGet(() -> create(sessionId, write(start), lesson));
    }

    /**
     * Removes sandboxes that were opened and never changed, once they are {@code age} old. A first visit to
     * {@code /sandbox} or to an exercise makes one, so visitors who never come back (and crawlers, which keep no
     * cookie) would otherwise fill the database with blank rows. Such a sandbox is made again, the same, on the
     * next visit.
     */
    public int sweepUntouched(Duration age) {
        int removed = store.deleteUntouched(write(validated(BLANK)), clock.instant().minus(age));
        if (removed > 0) {
            log.info("Removed {} sandboxes nobody changed in {}", removed, age);
        }
        return removed;
    }

    public void markCompleted(String sessionId, String lesson) {
        store.markCompleted(sessionId, lesson, clock.instant());
    }

    public java.util.Set<String> completedLessons(String sessionId) {
        return store.completedLessons(sessionId);
    }

    private Sandbox create(String sessionId, String document, String exercise) {
        if (store.ofSession(sessionId).size() >= MAX_SANDBOXES_PER_SESSION) {
            throw new SandboxException.TooMany("sandboxes", "you already keep " + MAX_SANDBOXES_PER_SESSION
                    + " sandboxes; delete some before making another");
        }
        Design design = validated(document == null || document.isBlank() ? BLANK : document);
        Sandbox sandbox = new Sandbox(RandomIds.next(), sessionId, design.name(), write(design), 1, clock.instant(),
                clock.instant(), exercise);
        store.insert(sandbox);
        log.info("Sandbox {} created", sandbox.id());
        return sandbox;
    }

    public Sandbox open(String sessionId, String id) {
        Sandbox sandbox = store.find(id).orElseThrow(() -> new SandboxException.NotFound("id",
                "no sandbox with id '" + id + "'"));
        if (!sandbox.sessionId().equals(sessionId)) {
            throw new SandboxException.Forbidden("id", "sandbox '" + id + "' belongs to another session");
        }
        return sandbox;
    }

    public List<Sandbox> list(String sessionId) {
        return store.ofSession(sessionId);
    }

    /** Validates and saves a document; an invalid one throws with every problem and changes nothing. */
    public Saved save(String sessionId, String id, String document) {
        open(sessionId, id);
        Design design = validated(document);
        int revision = store.saveDocument(id, design.name(), write(design), clock.instant());
        return new Saved(id, revision, design, DesignProblems.find(design));
    }

    /**
     * Like {@link #save(String, String, String)}, but only over {@code expectedRevision}: when the sandbox has
     * changed since, nothing is written and {@link SandboxException.Conflict} says so, naming {@code field}.
     */
    public Saved saveOver(String sessionId, String id, int expectedRevision, String document, String field) {
        Sandbox current = open(sessionId, id);
        Design design = validated(document);
        OptionalInt revision = store.saveDocumentIfAt(id, expectedRevision, design.name(), write(design),
                clock.instant());
        if (revision.isEmpty()) {
            throw new SandboxException.Conflict(field, "sandbox '" + id + "' has changed since revision "
                    + expectedRevision + " (it was at revision " + current.revision() + " when this request came);"
                    + " load it again and redo the change");
        }
        return new Saved(id, revision.getAsInt(), design, DesignProblems.find(design));
    }

    public void delete(String sessionId, String id) {
        open(sessionId, id);
        store.delete(id);
    }

    /** Freezes the sandbox's current design under a new code carrying 128 random bits. */
    public Share share(String sessionId, String id) {
        Sandbox sandbox = open(sessionId, id);
        Share share = new Share(RandomIds.next(), id, sandbox.name(), sandbox.document(), clock.instant());
        store.insert(share);
        log.info("Sandbox {} shared as {}", id, share.code());
        return share;
    }

    public Share findShare(String code) {
        return store.findShare(code).orElseThrow(() -> new SandboxException.NotFound("code",
                "no shared design with code '" + code + "'"));
    }

    /** "Make a copy": the shared design becomes a new sandbox of the caller's own. */
    public Sandbox copyOfShare(String sessionId, String code) {
        return create(sessionId, findShare(code).document());
    }

    public static Design design(String document) {
        return DesignReader.read(document);
    }

    /** The document checked for format and the sandbox's limits, with every problem reported at once. */
    public static Design validated(String document) {
        Design design = DesignReader.read(document);
        List<FieldError> errors = new ArrayList<>();
        List<Node> nodes = design.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            int requests = nodes.get(i).requests() == null ? 0 : nodes.get(i).requests().size();
            if (requests > MAX_REQUESTS_PER_CLIENT) {
                errors.add(new FieldError("nodes[" + i + "].requests", nodes.get(i).name() + " sends " + requests
                        + " requests; a sandbox client sends at most " + MAX_REQUESTS_PER_CLIENT));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidDesignException(errors);
        }
        return design;
    }

    static String write(Design design) {
        try {
            return json.writeValueAsString(design);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A valid design could not be written as JSON", e);
        }
    }

    /** The outcome of a save: the new revision, and what still keeps the design from running. */
    public record Saved(String id, int revision, Design design, List<FieldError> problems) {
    }
}
