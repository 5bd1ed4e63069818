package dev.switchboard;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable identifiers: 128 random bits, URL-safe. Used for runs, sandboxes, share codes and sessions. */
public final class RandomIds {

    private static final SecureRandom random = new SecureRandom();

    private RandomIds() {
    }

    /** 22 characters of URL-safe base64 carrying 128 bits of randomness. */
    public static String next() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
