package org.maillage.core.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.maillage.core.codelist.TerritoryKind;
import org.maillage.core.id.IdentifierScheme;
import org.maillage.core.internal.TerritoryCodes;
import org.maillage.core.model.Identifier;
import org.maillage.core.model.Territory;
import org.maillage.core.model.TerritoryLink;
import org.maillage.core.model.ValidIdentifier;
import org.maillage.core.model.ValidTerritoryCode;
import org.maillage.core.model.WellOrderedPeriod;

class ConstraintsTest {

    /** A user's own class, annotated with Maillage constraints. */
    record Supplier(@ValidSiren String siren, @ValidSiret String siret, @ValidFiness String finess, @ValidRpps String rpps,
            @ValidInseeCommune String commune, @ValidDepartement String departement, @ValidRegion String region) {}

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void setUp() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void tearDown() {
        factory.close();
    }

    private static Set<String> paths(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet());
    }

    @Test
    void annotations_workOnUsersOwnRecordsWithoutConfiguration() {
        Supplier ok = new Supplier("732829320", "73282932000074", "2A0000014", "10003453510", "2B033", "2B", "94");
        assertThat(validator.validate(ok)).isEmpty();

        Supplier bad = new Supplier("732829321", "73282932000019", "2A0000015", "10003453511", "20033", "20", "9");
        Set<ConstraintViolation<Supplier>> violations = validator.validate(bad);
        assertThat(paths(violations)).containsExactlyInAnyOrder(
                "siren", "siret", "finess", "rpps", "commune", "departement", "region");
        assertThat(violations).extracting(ConstraintViolation::getMessage)
                .contains("is not a valid FINESS number (9 characters, Luhn key)");
    }

    @Test
    void annotations_acceptNull() {
        assertThat(validator.validate(new Supplier(null, null, null, null, null, null, null))).isEmpty();
    }

    @Test
    void territory_reportsBadIdentifierCodeShapeAndPeriod() {
        Territory t = Territory.builder("commune:2A004", TerritoryKind.COMMUNE, "20004", "Ajaccio")
                .addIdentifier(Identifier.of(IdentifierScheme.SIREN, "212000046"))
                .addIdentifier(Identifier.of(IdentifierScheme.FINESS_ET, "2A0000015"))
                .addParent(new TerritoryLink("departement:2A", LocalDate.of(2020, 1, 1), LocalDate.of(2019, 1, 1)))
                .validFrom(LocalDate.of(2000, 1, 1))
                .validTo(LocalDate.of(1999, 1, 1))
                .build();
        Set<String> paths = paths(validator.validate(t));
        assertThat(paths).containsExactlyInAnyOrder("", "identifiers[1]", "parents[0]");
        assertThat(validator.validate(t)).extracting(v -> (Object) v.getConstraintDescriptor().getAnnotation().annotationType())
                .contains((Object) ValidTerritoryCode.class, WellOrderedPeriod.class, ValidIdentifier.class);
    }

    @Test
    void territory_validCommuneHasNoViolation() {
        Territory t = Territory.builder("commune:2A004", TerritoryKind.COMMUNE, "2A004", "Ajaccio")
                .addParent(TerritoryLink.to("departement:2A"))
                .build();
        assertThat(validator.validate(t)).isEmpty();
        assertThat(t.toBuilder().name("Aiacciu").build().name()).isEqualTo("Aiacciu");
        assertThat(t.identifiers()).isEqualTo(List.of());
    }

    @Test
    void territoryCodes_byKind() {
        assertThat(TerritoryCodes.problem(TerritoryKind.EPCI, "200041960")).isNull();
        assertThat(TerritoryCodes.problem(TerritoryKind.EPCI, "25056")).isNotNull();
        assertThat(TerritoryCodes.problem(TerritoryKind.REGION, "27")).isNull();
        assertThat(TerritoryCodes.problem(TerritoryKind.COLLECTIVITE_OUTRE_MER, "975")).isNull();
        assertThat(TerritoryCodes.problem(TerritoryKind.TVS, "25056")).isNull();
    }
}
