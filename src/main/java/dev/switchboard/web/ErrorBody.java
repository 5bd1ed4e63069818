package dev.switchboard.web;

import dev.switchboard.sim.FieldError;

import java.util.List;

/** The one error shape of the JSON API: {@code {"errors": [{"field": ..., "message": ...}]}}. */
record ErrorBody(List<FieldError> errors) {

    static ErrorBody of(String field, String message) {
        return new ErrorBody(List.of(new FieldError(field, message)));
    }
}
