package org.maillage.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;
import org.maillage.core.codelist.GhtType;

/**
 * What is particular to a GHT (groupement hospitalier de territoire, territorial hospital group).
 *
 * @param type general or psychiatric GHT
 * @param members its establishments and their roles, dated
 */
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
