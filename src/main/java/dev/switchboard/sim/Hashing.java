package dev.switchboard.sim;

/** Stable 64-bit hashes of names and seeds: the same on every JVM, unlike identity hashes. */
final class Hashing {

    private Hashing() {
    }

    /** FNV-1a over the UTF-16 units of the text, then mixed. */
    static long of(String text) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            hash ^= text.charAt(i);
            hash *= 0x100000001b3L;
        }
        return mix(hash);
    }

    /** The SplitMix64 finaliser: spreads every input bit over the whole output. */
    static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
