package org.maillage.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The envelope of a dataset: everything but its entity arrays.
 *
 * @param schema the {@code $schema} URI the file declares, or null
 * @param schemaVersion the version of the Maillage schemas, for example {@code 1.0.0}
 * @param id the dataset id
 * @param title a title
 * @param publisher who publishes it
 * @param issued when it was issued
 * @param referenceDate the date the data describes
 * @param geography the COG vintage of its codes, for example {@code COG2026}
 * @param license its licence
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record DatasetHeader(
        String schema,
        @NotBlank @Pattern(regexp = "^[0-9]+\\.[0-9]+\\.[0-9]+$") String schemaVersion,
        @NotBlank String id,
        String title,
        @Valid Publisher publisher,
        Instant issued,
        LocalDate referenceDate,
        @Pattern(regexp = "^COG[0-9]{4}$") String geography,
        String license) {

    /** The schema version this SDK writes. */
    public static final String CURRENT_SCHEMA_VERSION = "1.0.0";

    /** The {@code $schema} URI of the dataset schema this SDK writes. */
    public static final String CURRENT_SCHEMA_URI = "https://schemas.maillage.org/1.0/dataset.schema.json";

    /**
     * Requires the id and the schema version.
     *
     * @param schema the {@code $schema} URI the file declares, or null
     * @param schemaVersion the version of the Maillage schemas, for example {@code 1.0.0}
     * @param id the dataset id
     * @param title a title
     * @param publisher who publishes it
     * @param issued when it was issued
     * @param referenceDate the date the data describes
     * @param geography the COG vintage of its codes, for example {@code COG2026}
     * @param license its licence
     */
    public DatasetHeader {
        Objects.requireNonNull(schemaVersion, "schemaVersion");
        Objects.requireNonNull(id, "id");
    }

    /**
     * A header for the current schema version.
     *
     * @param id the dataset id
     * @param title the title
     * @return the header, with no publisher, dates, geography or licence
     */
    public static DatasetHeader of(String id, String title) {
        return new DatasetHeader(CURRENT_SCHEMA_URI, CURRENT_SCHEMA_VERSION, id, title, null, null, null, null, null);
    }

    /**
     * A copy with another publisher.
     *
     * @param value the publisher
     * @return the copy
     */
    public DatasetHeader withPublisher(Publisher value) {
        return new DatasetHeader(schema, schemaVersion, id, title, value, issued, referenceDate, geography, license);
    }

    /**
     * A copy with other dates.
     *
     * @param issuedAt when it was issued
     * @param reference the date the data describes
     * @return the copy
     */
    public DatasetHeader withDates(Instant issuedAt, LocalDate reference) {
        return new DatasetHeader(schema, schemaVersion, id, title, publisher, issuedAt, reference, geography, license);
    }

    /**
     * A copy with another geography vintage and licence.
     *
     * @param vintage for example {@code COG2026}
     * @param licence the licence
     * @return the copy
     */
    public DatasetHeader withGeography(String vintage, String licence) {
        return new DatasetHeader(schema, schemaVersion, id, title, publisher, issued, referenceDate, vintage, licence);
    }

    /**
     * A builder for a {@link DatasetHeader} with its required members.
     *
     * @param schemaVersion the version of the Maillage schemas, for example {@code 1.0.0}
     * @param id the dataset id
     * @return a builder
     */
    public static Builder builder(String schemaVersion, String id) {
        Builder b = new Builder();
        b.schemaVersion = schemaVersion;
        b.id = id;
        return b;
    }

    /**
     * A builder holding this header's members, to make a changed copy.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.schema = schema;
        b.schemaVersion = schemaVersion;
        b.id = id;
        b.title = title;
        b.publisher = publisher;
        b.issued = issued;
        b.referenceDate = referenceDate;
        b.geography = geography;
        b.license = license;
        return b;
    }

    /**
     * Builds a {@link DatasetHeader}; not thread-safe, used once.
     *
     * @since 0.1.0
     */
    @API(status = STABLE, since = "0.1.0")
    public static final class Builder {
        private String schema;
        private String schemaVersion;
        private String id;
        private String title;
        private Publisher publisher;
        private Instant issued;
        private LocalDate referenceDate;
        private String geography;
        private String license;

        private Builder() {}

        /**
         * @param value the {@code $schema} URI the file declares
         * @return this builder
         */
        public Builder schema(String value) {
            this.schema = value;
            return this;
        }

        /**
         * @param value the version of the Maillage schemas, for example {@code 1.0.0}
         * @return this builder
         */
        public Builder schemaVersion(String value) {
            this.schemaVersion = value;
            return this;
        }

        /**
         * @param value the dataset id
         * @return this builder
         */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /**
         * @param value a title
         * @return this builder
         */
        public Builder title(String value) {
            this.title = value;
            return this;
        }

        /**
         * @param value who publishes it
         * @return this builder
         */
        public Builder publisher(Publisher value) {
            this.publisher = value;
            return this;
        }

        /**
         * @param value when it was issued
         * @return this builder
         */
        public Builder issued(Instant value) {
            this.issued = value;
            return this;
        }

        /**
         * @param value the date the data describes
         * @return this builder
         */
        public Builder referenceDate(LocalDate value) {
            this.referenceDate = value;
            return this;
        }

        /**
         * @param value the COG vintage of its codes, for example {@code COG2026}
         * @return this builder
         */
        public Builder geography(String value) {
            this.geography = value;
            return this;
        }

        /**
         * @param value its licence
         * @return this builder
         */
        public Builder license(String value) {
            this.license = value;
            return this;
        }

        /**
         * Builds the header.
         *
         * @return the header
         */
        public DatasetHeader build() {
            return new DatasetHeader(schema, schemaVersion, id, title, publisher, issued, referenceDate, geography, license);
        }
    }
}
