package dev.switchboard.web;

/** A request the API refuses, with the HTTP status, the field at fault and the reason in words. */
final class ApiError extends RuntimeException {

    private final int status;
    private final String field;

    ApiError(int status, String field, String message) {
        super(message);
        this.status = status;
        this.field = field;
    }

    static ApiError notFound(String field, String message) {
        return new ApiError(404, field, message);
    }

    static ApiError badRequest(String field, String message) {
        return new ApiError(400, field, message);
    }

    int status() {
        return status;
    }

    String field() {
        return field;
    }
}
