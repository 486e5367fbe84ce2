package org.maillage.validation;

import java.util.List;
import java.util.Optional;
import org.maillage.core.model.DatasetHeader;
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
}
