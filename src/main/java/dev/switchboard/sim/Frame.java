package dev.switchboard.sim;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Map;

/**
 * One message crossing one link. {@code time} is the simulated millisecond at which it leaves {@code from};
 * {@code duration} is how long it travels (the link's latency). {@code status} is null on request frames and set
 * on responses. {@code trace} explains the decision of the node that sent it (a gateway's or a load balancer's)
 * and is null on frames that decide nothing; {@code headers} and {@code trace} are left out of JSON when null.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"seq", "time", "duration", "requestId", "kind", "from", "to", "method", "path", "status",
        "note", "headers", "trace"})
public record Frame(int seq, long time, long duration, String requestId, String kind, String from, String to,
                    String method, String path, Integer status, String note,
                    @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, String> headers,
                    @JsonInclude(JsonInclude.Include.NON_NULL) Trace trace) {

    public static final String REQUEST = "request";
    public static final String RESPONSE = "response";

    /** A frame without a trace. */
    public Frame(int seq, long time, long duration, String requestId, String kind, String from, String to,
                 String method, String path, Integer status, String note, Map<String, String> headers) {
        this(seq, time, duration, requestId, kind, from, to, method, path, status, note, headers, null);
    }
}
