package org.maillage.json.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.maillage.core.model.DatasetHeader;
import org.maillage.core.model.Entity;
import org.maillage.core.model.EntityFamily;
import org.maillage.core.model.Publisher;
import org.maillage.core.internal.OutputFile;
import org.maillage.json.DatasetFormat;
import org.maillage.json.DatasetWriter;

/**
 * Generates a realistic, valid dataset of a {@linkplain DatasetSize named size}, the same bytes for
 * the same size and seed. Entities are produced one at a time and written through
 * {@link DatasetWriter#open}, so that even {@link DatasetSize#FRANCE_10Y} never sits in memory.
 *
 * <p>{@link #withChanges(double)} gives a second snapshot of the same dataset in which a share of the
 * entities is modified, added or removed, for diff benchmarks: every entity the changes do not touch
 * is identical in both. Immutable and thread-safe.
 *
 * <pre>{@code
 * GenerationSummary s = DatasetGenerator.of(DatasetSize.FRANCE, 42).write(Path.of("france.json"));
 * DatasetGenerator.of(DatasetSize.FRANCE, 42).withChanges(1.0).write(Path.of("france-changed.json"));
 * }</pre>
 */
public final class DatasetGenerator {

    /** When the base snapshot is issued; a changed snapshot is issued a month later. */
    static final Instant ISSUED = Instant.parse("2026-01-15T00:00:00Z");
    static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 1, 1);
    private static final long CHANGE_SALT = 0x5DEECE66DL;

    private final DatasetSize size;
    private final long seed;
    private final double changes;

    private DatasetGenerator(DatasetSize size, long seed, double changes) {
        this.size = Objects.requireNonNull(size, "size");
        this.seed = seed;
        this.changes = changes;
    }

    /**
     * A generator of the base snapshot of a size.
     *
     * @param size the size
     * @param seed the seed; the same seed gives the same bytes
     * @return the generator
     */
    public static DatasetGenerator of(DatasetSize size, long seed) {
        return new DatasetGenerator(size, seed, 0);
    }

    /**
     * A generator of a second snapshot of the same dataset, with about this share of the entities
     * changed: a third modified, a third removed and a third added where the kind of entity allows
     * it (entities that others refer to are only modified, never removed, so that the snapshot stays
     * valid).
     *
     * @param percent the share of entities changed, 0 to 100
     * @return the generator
     * @throws IllegalArgumentException when the share is outside 0 to 100
     */
    public DatasetGenerator withChanges(double percent) {
        if (!(percent >= 0 && percent <= 100)) {
            throw new IllegalArgumentException("the share of changes must be between 0 and 100 percent, got " + percent);
        }
        return new DatasetGenerator(size, seed, percent / 100.0);
    }

    /**
     * The size.
     *
     * @return the size
     */
    public DatasetSize size() {
        return size;
    }

    /**
     * The envelope of the generated dataset.
     *
     * @return the header
     */
    public DatasetHeader header() {
        boolean changed = changes > 0;
        return DatasetHeader.of("maillage-generated-" + size.label() + "-" + seed,
                        "Generated dataset: " + size.label() + ", seed " + seed + (changed ? ", changed snapshot" : ""))
                .withPublisher(Publisher.named("Maillage dataset generator"))
                .withDates(changed ? ISSUED.plusSeconds(31L * 86_400) : ISSUED,
                        changed ? REFERENCE_DATE.plusMonths(1) : REFERENCE_DATE)
                .withGeography("COG2026", "Licence Ouverte 2.0 (synthetic data)");
    }

    /**
     * Writes the dataset to a file, JSON or NDJSON as the file name says, in the canonical form.
     *
     * @param file the file, replaced once complete (a temporary file beside it is renamed over it; a
     *     failure leaves it as it was)
     * @return what was written
     * @throws UncheckedIOException when the file cannot be written
     */
    public GenerationSummary write(Path file) {
        try (OutputFile out = OutputFile.open(file)) {
            GenerationSummary summary = write(out.stream(), DatasetFormat.of(file));
            out.commit();
            return summary;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the dataset to a stream in the canonical form, and closes the stream.
     *
     * @param out where to write
     * @param format JSON or NDJSON
     * @return what was written
     * @throws UncheckedIOException on I/O failure
     */
    public GenerationSummary write(OutputStream out, DatasetFormat format) {
        try (DatasetWriter.EntityStream stream = DatasetWriter.canonical().open(out, header(), format)) {
            return generate(stream::write);
        }
    }

    /**
     * Produces the entities one by one, family by family in {@link EntityFamily} order.
     *
     * @param sink receives each entity
     * @return what was produced
     */
    public GenerationSummary generate(Consumer<? super Entity> sink) {
        Geography geography = Geography.plan(size, seed);
        TerritoryParts territories = new TerritoryParts(geography, seed);
        List<Part> parts = new ArrayList<>(territories.parts());
        parts.addAll(new HealthParts(geography, territories, seed, size.years()).parts());
        parts.sort(Comparator.comparingInt(p -> p.family().ordinal()));
        Map<String, Long> counts = new LinkedHashMap<>();
        long modified = 0;
        long added = 0;
        long removed = 0;
        for (Part part : parts) {
            int ways = (part.modifier() != null ? 1 : 0) + (part.removable() ? 1 : 0) + (part.addable() ? 1 : 0);
            double share = ways == 0 ? 0 : changes / ways;
            long written = 0;
            for (long i = 0; i < part.count(); i++) {
                double u = changes == 0 ? 1 : Seeds.unit(Seeds.hash(seed ^ CHANGE_SALT, part.key(), i));
                if (part.removable() && u < share) {
                    removed++;
                    continue;
                }
                Entity e = part.make().entity(i);
                if (part.modifier() != null && u < share * (part.removable() ? 2 : 1)) {
                    e = part.modifier().modify(e, Seeds.random(seed ^ CHANGE_SALT, part.key(), i));
                    modified++;
                }
                sink.accept(e);
                written++;
            }
            if (part.addable()) {
                long extra = Math.round(part.count() * share);
                for (long i = 0; i < extra; i++) {
                    sink.accept(part.make().entity(part.count() + i));
                    written++;
                    added++;
                }
            }
            counts.merge(part.label(), written, Long::sum);
        }
        return new GenerationSummary(size, seed, counts, modified, added, removed);
    }

    /** Makes the entity of a rank. */
    @FunctionalInterface
    interface Maker {
        Entity entity(long index);
    }

    /** Changes an entity for a changed snapshot; the result must stay valid. */
    @FunctionalInterface
    interface Modifier {
        Entity modify(Entity entity, SplittableRandom random);
    }

    /**
     * One kind of entity: how many, how to make the one of a rank, how to change one.
     *
     * @param key a stable number for the random streams of the changes
     * @param modifier how to change one, or null when these are never changed
     * @param removable whether no other entity refers to these, so that they may be left out
     * @param addable whether ranks past the count make new, valid entities
     */
    record Part(EntityFamily family, String label, long key, long count, Maker make, Modifier modifier,
            boolean removable, boolean addable) {}
}
