package org.maillage.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.maillage.core.codelist.GhtType;
import org.maillage.core.internal.Lists;

/**
 * What is particular to a GHT (groupement hospitalier de territoire, territorial hospital group).
 *
 * @param type general or psychiatric GHT
 * @param members its establishments and their roles, dated
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record GhtProfile(
        @NotNull GhtType type,
        List<@Valid @NotNull GhtMember> members) {

    /**
     * Requires type; null lists become empty.
     *
     * @param type general or psychiatric GHT
     * @param members its establishments and their roles, dated
     */
    public GhtProfile {
        Objects.requireNonNull(type, "type");
        members = Lists.copy(members);
    }
}
