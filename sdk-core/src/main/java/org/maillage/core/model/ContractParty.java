package org.maillage.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;
import org.maillage.core.codelist.PartyRole;

/**
 * An organisation's part in a contract.
 *
 * <p>Identity in its collection (how a diff matches it): organization.
 *
 * @param organization the id of the organisation
 * @param role its part in the contract
 * @param signatureDate the date it signed, or null
 * @param person the id of the person who signed on its behalf, or null
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record ContractParty(
        @NotBlank @Pattern(regexp = Entity.ID_PATTERN) String organization,
        @NotNull PartyRole role,
        LocalDate signatureDate,
        @Pattern(regexp = Entity.ID_PATTERN) String person) {

    /**
     * Requires organization, role.
     *
     * @param organization the id of the organisation
     * @param role its part in the contract
     * @param signatureDate the date it signed, or null
     * @param person the id of the person who signed on its behalf, or null
     */
    public ContractParty {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(role, "role");
    }

    /**
     * A signatory.
     *
     * @param organization the id of the organisation
     * @param signatureDate the date it signed, or null
     * @return the party
     */
    public static ContractParty signatory(String organization, LocalDate signatureDate) {
        return new ContractParty(organization, PartyRole.SIGNATORY, signatureDate, null);
    }
}
