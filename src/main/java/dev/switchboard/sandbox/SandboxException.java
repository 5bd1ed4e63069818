package dev.switchboard.sandbox;

/** A sandbox request refused for a reason the caller can act on; the web layer maps each kind to its status. */
public abstract sealed class SandboxException extends RuntimeException {

    private final String field;

    SandboxException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** No such sandbox or share: 404. */
    public static final class NotFound extends SandboxException {
        NotFound(String field, String message) {
            super(field, message);
        }
    }

    /** The session keeps as many sandboxes as it may: 429. */
    public static final class TooMany extends SandboxException {
        TooMany(String field, String message) {
            super(field, message);
        }
    }

    /** The sandbox changed since the revision the caller built its change on: 412. */
    public static final class Conflict extends SandboxException {
        Conflict(String field, String message) {
            super(field, message);
        }
    }

    /** The sandbox belongs to another session: 403. */
    public static final class Forbidden extends SandboxException {
        Forbidden(String field, String message) {
            super(field, message);
        }
    }
}
