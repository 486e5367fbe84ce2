package org.maillage.validation.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;
import org.maillage.core.model.Dated;
import org.maillage.core.model.EntityFamily;
import org.maillage.core.model.Identifier;

/**
 * What the validator keeps of an entity once it has been checked, as rules see it: its id,
 * family, kind, code, period, official identifiers and references. The validator makes these
 * entries (rules never do); the whole typed entity is {@link DatasetView#model}, for the
 * families a rule {@linkplain Rule#reads() reads}.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public interface IndexedEntity extends Dated {

    /**
     * The entity id.
     *
     * @return the id
     */
    String id();

    /**
     * The family.
     *
     * @return the family
     */
    EntityFamily family();

    /**
     * The code of its {@code kind} member.
     *
     * @return for example {@code commune}, or null when the entity has none
     */
    String kind();

    /**
     * Its {@code code} member.
     *
     * @return for example {@code 25056}, or null when the entity has none
     */
    String code();

    /**
     * Its official identifiers.
     *
     * @return the identifiers
     */
    List<Identifier> identifiers();

    /**
     * The references it makes, in record order.
     *
     * @return the references
     */
    List<Reference> references();

    /**
     * The references under one top-level member.
     *
     * @param role for example {@code members}
     * @return those references, in record order
     */
    List<Reference> references(String role);

    /**
     * Its JSON Pointer in the source.
     *
     * @return for example {@code /territories/3}
     */
    String pointer();
}
