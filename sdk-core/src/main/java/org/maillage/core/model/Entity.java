package org.maillage.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;

/**
 * An entity of a dataset: it has an id unique in the dataset, official identifiers and a validity period.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public interface Entity extends Dated {

    /** The shape of an entity id: 1 to 128 letters, digits and {@code . _ : -}, starting with a letter or digit. */
    String ID_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$";

    /**
     * The id, unique in the dataset and stable across its versions.
     *
     * @return the id
     */
    String id();

    /**
     * Official identifiers (INSEE, SIREN, FINESS…).
     *
     * @return the identifiers, possibly empty
     */
    List<Identifier> identifiers();

    /**
     * The family this entity belongs to.
     *
     * @return the family
     */
    EntityFamily family();
}
