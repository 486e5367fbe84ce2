package org.maillage.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.maillage.core.codelist.HealthTheme;
import org.maillage.core.internal.Lists;

/**
 * A strategic axis of a contract or a plan, with its themes and actions, and the body that carries it (the CLSM of
 * a CLS's mental-health part).
 *
 * <p>Identity in its collection (how a diff matches it): code.
 *
 * @param code its code, unique in the contract or plan
 * @param title its title
 * @param themes the health themes it addresses
 * @param actions its actions
 * @param organization the id of the body that carries the axis (the CLSM a CLS's mental-health part creates or relies on), or null
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record ContractAxis(
        @NotBlank String code,
        @NotBlank String title,
        List<@NotNull HealthTheme> themes,
        List<@Valid @NotNull ContractAction> actions,
        @Pattern(regexp = Entity.ID_PATTERN) String organization) {

    /**
     * Requires code, title; null lists become empty.
     *
     * @param code its code, unique in the contract or plan
     * @param title its title
     * @param themes the health themes it addresses
     * @param actions its actions
     * @param organization the id of the body that carries the axis (the CLSM a CLS's mental-health part creates or relies on), or null
     */
    public ContractAxis {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        themes = Lists.copy(themes);
        actions = Lists.copy(actions);
    }

    /**
     * An axis that names no body carrying it.
     *
     * @param code its code, unique in the contract or plan
     * @param title its title
     * @param themes the health themes it addresses
     * @param actions its actions
     */
    public ContractAxis(String code, String title, List<HealthTheme> themes, List<ContractAction> actions) {
        this(code, title, themes, actions, null);
    }
}
