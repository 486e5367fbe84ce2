package org.maillage.validation.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;
import org.maillage.validation.RuleDefinition;

/**
 * A named, versioned set of {@link Rule}s. Packs are found with {@link java.util.ServiceLoader}
 * (declare {@code provides org.maillage.validation.spi.RulePack with …} or a
 * {@code META-INF/services/org.maillage.validation.spi.RulePack} file) or given to
 * {@link org.maillage.validation.Validator.Builder#rulePack}. A validation runs the packs that belong to its profile.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public interface RulePack {

    /**
     * The pack's name.
     *
     * @return for example {@code regulatory}
     */
    String name();

    /**
     * The pack's version, reported with the findings.
     *
     * @return for example {@code 1.0.0}
     */
    String version();

    /**
     * The rules.
     *
     * @return the rules, in the order they run
     */
    List<Rule> rules();

    /**
     * The profiles this pack belongs to.
     *
     * @return profile names; by default the pack's own name
     */
    default Set<String> profiles() {
        return Set.of(name());
    }

    /**
     * Catalogue entries for rules that are not in the standard catalogue (user packs).
     *
     * @return the definitions, empty by default
     */
    default List<RuleDefinition> definitions() {
        return List.of();
    }
}
