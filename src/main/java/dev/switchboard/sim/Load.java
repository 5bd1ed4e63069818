package dev.switchboard.sim;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * Generated traffic of a client: {@code rps} requests per second for {@code durationSeconds}, spaced evenly
 * ({@code constant}, the default) or as a Poisson process, each drawn from the weighted {@code mix}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"rps", "durationSeconds", "arrival", "mix"})
public record Load(long rps, long durationSeconds, String arrival, List<MixEntry> mix) {

    public static final String CONSTANT = "constant";
    public static final String POISSON = "poisson";

    public Load {
        mix = mix == null ? List.of() : List.copyOf(mix);
    }

    public boolean poisson() {
        return POISSON.equals(arrival);
    }

    /** How many requests the load sends: exact for constant arrivals, the expected number for Poisson. */
    public long expectedRequests() {
        return rps * durationSeconds;
    }

    /** One kind of request in the mix, drawn with probability {@code weight} over the sum of the weights. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"method", "path", "weight", "token"})
    public record MixEntry(String method, String path, Long weight, String token) {

        public long weightOrDefault() {
            return weight == null ? 1 : weight;
        }
    }
}
