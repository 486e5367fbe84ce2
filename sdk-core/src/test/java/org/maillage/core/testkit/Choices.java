package org.maillage.core.testkit;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Where a generator's choices come from: a seeded random source (plain JUnit tests over fixed
 * seeds, deterministic) or the bytes of a Jazzer fuzz input (coverage-guided). Every generator of
 * the test kit takes its decisions through this interface only, so the same code serves both.
 *
 * <p>Not thread-safe: one instance per test case.
 */
public interface Choices {

    /**
     * A number between two bounds.
     *
     * @param min the smallest allowed, included
     * @param max the largest allowed, included; not less than {@code min}
     * @return the number
     */
    int between(int min, int max);

    /**
     * A number between two bounds.
     *
     * @param min the smallest allowed, included
     * @param max the largest allowed, included; not less than {@code min}
     * @return the number
     */
    long between(long min, long max);

    /**
     * Whether an event of the given probability happens.
     *
     * @param percent its probability in percent, 0 to 100
     * @return true about {@code percent} times in a hundred
     */
    default boolean percent(int percent) {
        return between(0, 99) < percent;
    }

    /**
     * One of some values.
     *
     * @param <T> their type
     * @param values the values, not empty
     * @return one of them
     */
    default <T> T pick(List<T> values) {
        return values.get(between(0, values.size() - 1));
    }

    /**
     * One of some values.
     *
     * @param <T> their type
     * @param values the values, not empty
     * @return one of them
     */
    default <T> T pick(T[] values) {
        return values[between(0, values.length - 1)];
    }

    /**
     * One constant of an enum.
     *
     * @param <E> the enum
     * @param type its class
     * @return one of its constants
     */
    default <E extends Enum<E>> E pick(Class<E> type) {
        return pick(type.getEnumConstants());
    }

    /**
     * Choices from a seeded {@link SplittableRandom}: the same seed gives the same choices.
     *
     * @param seed the seed
     * @return the choices
     */
    static Choices seeded(long seed) {
        return new Seeded(new SplittableRandom(seed));
    }

    /**
     * Choices read from a fuzz input. When the input is used up, every choice is its lower bound,
     * so generation always ends, with the smallest values.
     *
     * @param data Jazzer's view of the input
     * @return the choices
     */
    static Choices fuzzed(FuzzedDataProvider data) {
        return new Fuzzed(data);
    }

    /** Choices from a {@link SplittableRandom}. */
    final class Seeded implements Choices {
        private final SplittableRandom random;

        Seeded(SplittableRandom random) {
            this.random = random;
        }

        @Override
        public int between(int min, int max) {
            check(min, max);
            return (int) between((long) min, (long) max);
        }

        @Override
        public long between(long min, long max) {
            check(min, max);
            if (max < Long.MAX_VALUE) {
                return random.nextLong(min, max + 1);
            }
            if (min > Long.MIN_VALUE) {
                return random.nextLong(min - 1, max) + 1;
            }
            return random.nextLong();
        }
    }

    /** Choices from a Jazzer {@link FuzzedDataProvider}. */
    final class Fuzzed implements Choices {
        private final FuzzedDataProvider data;

        Fuzzed(FuzzedDataProvider data) {
            this.data = data;
        }

        @Override
        public int between(int min, int max) {
            check(min, max);
            return data.consumeInt(min, max);
        }

        @Override
        public long between(long min, long max) {
            check(min, max);
            return data.consumeLong(min, max);
        }
    }

    private static void check(long min, long max) {
        if (min > max) {
            throw new IllegalArgumentException("empty range [" + min + ", " + max + "]");
        }
    }
}
