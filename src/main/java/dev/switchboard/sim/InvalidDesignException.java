package dev.switchboard.sim;

import java.util.List;

/** A document that is not a valid design; carries every problem found, not just the first. */
public final class InvalidDesignException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidDesignException(List<FieldError> errors) {
        super(summarise(errors));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    private static String summarise(List<FieldError> errors) {
        if (errors.isEmpty()) {
            return "Invalid design";
        }
        FieldError first = errors.get(0);
        String more = errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "";
        return "Invalid design: " + first.field() + ": " + first.message() + more;
    }
}
