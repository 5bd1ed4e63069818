package dev.switchboard.sim;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Token buckets, one per client, for one {@link RateLimit}: each starts full and refills continuously. Levels are
 * counted in millionths of a token, so a refill rate with up to three decimals adds a whole number of units every
 * simulated millisecond and the arithmetic stays exact.
 */
final class RateLimiter {

    private static final long UNITS = 1_000_000;

    final RateLimit limit;
    private final long capacity;
    private final long refillPerMs;
    private final Map<ClientStation, Bucket> buckets = new HashMap<>();

    private static final class Bucket {
        long level;
        long at;
    }

    RateLimiter(RateLimit limit) {
        this.limit = limit;
        this.capacity = limit.capacity() * UNITS;
        this.refillPerMs = limit.refillPerSecond().movePointRight(3).longValueExact();
    }

    /** Whether the client's bucket holds a whole token now. */
    boolean hasToken(ClientStation client, long now) {
        return bucket(client, now).level >= UNITS;
    }

    void take(ClientStation client, long now) {
        bucket(client, now).level -= UNITS;
    }

    long tokensLeft(ClientStation client, long now) {
        return bucket(client, now).level / UNITS;
    }

    /** The 429 headers: Retry-After (until one token), RateLimit-Reset (until full), both in seconds rounded up. */
    Map<String, String> refusalHeaders(ClientStation client, long now) {
        Bucket bucket = bucket(client, now);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Retry-After", Long.toString(secondsUp(msUntil(bucket, UNITS))));
        headers.put("RateLimit-Limit", Long.toString(limit.capacity()));
        headers.put("RateLimit-Remaining", "0");
        headers.put("RateLimit-Reset", Long.toString(secondsUp(msUntil(bucket, capacity))));
        return java.util.Collections.unmodifiableMap(headers);
    }

    long msUntilToken(ClientStation client, long now) {
        return msUntil(bucket(client, now), UNITS);
    }

    String describe() {
        return "capacity " + limit.capacity() + ", refill " + limit.refillPerSecond().stripTrailingZeros()
                .toPlainString() + "/s";
    }

    private long msUntil(Bucket bucket, long level) {
        long missing = level - bucket.level;
        return missing <= 0 ? 0 : (missing + refillPerMs - 1) / refillPerMs;
    }

    private static long secondsUp(long ms) {
        return (ms + 999) / 1000;
    }

    private Bucket bucket(ClientStation client, long now) {
        Bucket bucket = buckets.get(client);
        if (bucket == null) {
            bucket = new Bucket();
            bucket.level = capacity;
            bucket.at = now;
            buckets.put(client, bucket);
        }
        if (now > bucket.at) {
            long elapsed = now - bucket.at;
            long room = capacity - bucket.level;
            bucket.level = elapsed >= (room + refillPerMs - 1) / refillPerMs ? capacity
                    : bucket.level + elapsed * refillPerMs;
            bucket.at = now;
        }
        return bucket;
    }
}
