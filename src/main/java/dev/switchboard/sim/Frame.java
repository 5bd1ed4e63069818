package dev.switchboard.sim;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Map;

/**
 * One message crossing one link. {@code time} is the simulated millisecond at which it leaves {@code from};
 * {@code duration} is how long it travels. {@code status} is null on request frames and set on responses.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"seq", "time", "duration", "requestId", "kind", "from", "to", "method", "path", "status",
        "note", "headers"})
public record Frame(int seq, long time, long duration, String requestId, String kind, String from, String to,
                    String method, String path, Integer status, String note,
                    @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, String> headers) {

    public static final String REQUEST = "request";
    public static final String RESPONSE = "response";
}
