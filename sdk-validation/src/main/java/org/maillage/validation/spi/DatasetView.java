package org.maillage.validation.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.maillage.core.model.DatasetHeader;
import org.maillage.core.model.Entity;
import org.maillage.core.model.EntityFamily;

/**
 * The whole dataset as rules see it once every entity has been read: the header and the index of
 * entities with their kinds, codes, periods, identifiers and references.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public interface DatasetView {

    /**
     * The envelope.
     *
     * @return the header, or empty when the envelope could not be bound
     */
    Optional<DatasetHeader> header();

    /**
     * The entities of one family, in file order; an entity whose id was already taken is left out.
     * Each call iterates afresh; nothing is copied.
     *
     * @param family the family
     * @return the entities
     */
    Iterable<IndexedEntity> entities(EntityFamily family);

    /**
     * The entity with an id.
     *
     * @param id the id
     * @return the entity, or empty
     */
    Optional<IndexedEntity> entity(String id);

    /**
     * The typed entity behind an index entry, for the families some rule of the profile
     * {@linkplain Rule#reads() reads}.
     *
     * @param <T> the record type
     * @param entry the index entry
     * @param type the record type of its family, for example {@code Contract.class}
     * @return the entity; empty when its family is read by no rule of the profile, when it could
     *     not be bound, or when it is not of that type
     */
    <T extends Entity> Optional<T> model(IndexedEntity entry, Class<T> type);

    /**
     * How messages cite an entity: its name and its id, {@code Centre hospitalier d'Ajaccio
     * (org:finess-ej-2a0000014)}; a territory whose id is its kind and code, by its name and code,
     * {@code Corse-du-Sud (2A)}. An entity without a name (an observation, a zoning decision) and an
     * id no entity has are cited by the id alone. Names are not translated: the same in both
     * languages.
     *
     * @param id an entity id
     * @return the label
     */
    String label(String id);

    /**
     * The date the rules speak of when the data names none: the dataset's {@code referenceDate},
     * else the validation date (the validator's clock).
     *
     * @return the date
     */
    LocalDate referenceDate();
}
