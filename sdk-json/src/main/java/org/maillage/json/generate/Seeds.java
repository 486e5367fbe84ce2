package org.maillage.json.generate;

import java.util.SplittableRandom;

/**
 * Derives independent random streams from one seed, so that each generated entity depends only on
 * the seed and its own coordinates: a base snapshot and a changed snapshot agree on every entity
 * the changes do not touch, and a département generated alone equals its part of France.
 */
final class Seeds {
    private Seeds() {}

    /** The SplitMix64 finaliser: a bijective, well-mixing function of 64 bits. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A hash of a seed and two coordinates. */
    static long hash(long seed, long a, long b) {
        return mix(seed ^ mix(a * 0x9E3779B97F4A7C15L + mix(b + 0x632BE59BD9B4E019L)));
    }

    /** A random stream for one entity (or one département) of a stream kind. */
    static SplittableRandom random(long seed, long kind, long index) {
        return new SplittableRandom(hash(seed, kind, index));
    }

    /** A uniform double in [0, 1) from a hash. */
    static double unit(long hash) {
        return (hash >>> 11) * 0x1.0p-53;
    }

    /**
     * A standard normal variate (Box-Muller), written here rather than taken from the JDK so that
     * the output does not depend on the JDK's algorithm.
     */
    static double gaussian(SplittableRandom r) {
        double u = 1.0 - r.nextDouble();
        double v = r.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
    }
}
