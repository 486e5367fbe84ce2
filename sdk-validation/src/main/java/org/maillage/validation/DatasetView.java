package org.maillage.validation;

import java.util.List;
import java.util.Optional;
import java.time.LocalDate;
import org.maillage.core.model.DatasetHeader;
import org.maillage.core.model.Entity;
import org.maillage.core.model.EntityFamily;

/**
 * The whole dataset as rules see it once every entity has been read: the header and the index of
 * entities with their kinds, codes, periods, identifiers and references.
 */
public interface DatasetView {

    /**
     * The envelope.
     *
     * @return the header, or empty when the envelope could not be bound
     */
    Optional<DatasetHeader> header();

    /**
     * The entities of one family, in file order; an entity whose id was already taken is left out.
     *
     * @param family the family
     * @return the entities
     */
    List<IndexedEntity> entities(EntityFamily family);

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
     * The date the rules speak of when the data names none: the dataset's {@code referenceDate},
     * else the validation date (the validator's clock).
     *
     * @return the date
     */
    LocalDate referenceDate();
}
