package dev.switchboard.sim;

/** One problem in a document, named by its field path such as {@code nodes[2].pool}. */
public record FieldError(String field, String message) {
}
