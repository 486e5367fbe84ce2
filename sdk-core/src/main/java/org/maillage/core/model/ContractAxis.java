package org.maillage.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.maillage.core.codelist.HealthTheme;
import org.maillage.core.internal.Lists;

/**
 * A strategic axis of a contract, with its themes and actions.
 *
 * <p>Identity in its collection (how a diff matches it): code.
 *
 * @param code its code, unique in the contract
 * @param title its title
 * @param themes the health themes it addresses
 * @param actions its actions
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record ContractAxis(
        @NotBlank String code,
        @NotBlank String title,
        List<@NotNull HealthTheme> themes,
        List<@Valid @NotNull ContractAction> actions) {

    /**
     * Requires code, title; null lists become empty.
     *
     * @param code its code, unique in the contract
     * @param title its title
     * @param themes the health themes it addresses
     * @param actions its actions
     */
    public ContractAxis {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        themes = Lists.copy(themes);
        actions = Lists.copy(actions);
    }
}
