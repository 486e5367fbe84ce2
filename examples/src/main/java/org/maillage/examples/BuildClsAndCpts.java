package org.maillage.examples;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.maillage.core.codelist.College;
import org.maillage.core.codelist.ContractKind;
import org.maillage.core.codelist.ContractStatus;
import org.maillage.core.codelist.CptsMission;
import org.maillage.core.codelist.CptsSizeClass;
import org.maillage.core.codelist.EpciLegalType;
import org.maillage.core.codelist.HealthTheme;
import org.maillage.core.codelist.MembershipRole;
import org.maillage.core.codelist.MissionStatus;
import org.maillage.core.codelist.OfficeKind;
import org.maillage.core.codelist.OrganizationKind;
import org.maillage.core.codelist.PartyRole;
import org.maillage.core.codelist.TerritoryKind;
import org.maillage.core.id.IdentifierScheme;
import org.maillage.core.model.Contract;
import org.maillage.core.model.ContractAction;
import org.maillage.core.model.ContractAxis;
import org.maillage.core.model.ContractParty;
import org.maillage.core.model.Coordinator;
import org.maillage.core.model.CptsProfile;
import org.maillage.core.model.Dataset;
import org.maillage.core.model.DatasetHeader;
import org.maillage.core.model.Entity;
import org.maillage.core.model.EntityFamily;
import org.maillage.core.model.FundingLine;
import org.maillage.core.model.Identifier;
import org.maillage.core.model.Membership;
import org.maillage.core.model.Mission;
import org.maillage.core.model.Office;
import org.maillage.core.model.Organization;
import org.maillage.core.model.Person;
import org.maillage.core.model.Publisher;
import org.maillage.core.model.Territory;
import org.maillage.core.model.TerritoryLink;
import org.maillage.json.DatasetReader;
import org.maillage.json.DatasetWriter;
import org.maillage.validation.Language;
import org.maillage.validation.Report;

/**
 * Builds a local health contract (CLS) at intercommunal scale and a CPTS with the Maillage model,
 * validates them with Bean Validation, writes them as JSON, reads them back and validates the file. Territories, ARS, hospital and FINESS
 * numbers are real; the contract, the CPTS and the people are illustrative and say so.
 *
 * <p>Run it from an IDE, or through its test: {@code mvn -q -pl examples -am test -Dtest=BuildClsAndCptsTest
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
public final class BuildClsAndCpts {

    private BuildClsAndCpts() {}

    /**
     * Builds the example dataset, writes it to a file, reads it back and validates it.
     *
     * @param args the file to write (default {@code cls-cpts.json} in the working directory)
     */
    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "cls-cpts.json");
        System.exit(run(file, new PrintStream(System.out, true, StandardCharsets.UTF_8)));
    }

    /**
     * Builds the example dataset, checks it with Bean Validation, writes it as canonical JSON,
     * reads it back, and validates the file with every layer of the Maillage validator.
     *
     * @param file the file to write
     * @param out where to print
     * @return 0 when the dataset is valid and read back equal, 1 otherwise
     */
    public static int run(Path file, PrintStream out) {
        Dataset dataset = build();
        Set<ConstraintViolation<Dataset>> violations;
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            violations = factory.getValidator().validate(dataset);
        }
        for (EntityFamily f : EntityFamily.values()) {
            for (Entity e : dataset.entities(f)) {
                out.println(f.type() + " " + e.id());
            }
        }
        Contract cls = dataset.contracts().get(0);
        out.println();
        out.println(cls.title() + " (" + cls.kind().code() + ", " + cls.status().code() + ")");
        cls.parties().forEach(p -> out.println("  party " + p.organization() + " " + p.role().code()
                + (p.signatureDate() == null ? "" : " signed " + p.signatureDate())));
        cls.axes().forEach(a -> out.println("  axis " + a.code() + " " + a.title() + " "
                + a.themes().stream().map(HealthTheme::code).toList()));
        out.println("  coordinator funded=" + cls.coordinator().funded() + " fte=" + cls.coordinator().fte());
        out.println("  funding " + cls.funding().stream().map(FundingLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add) + " EUR");
        out.println();
        violations.forEach(v -> out.println("constraint violation: " + v.getPropertyPath() + " " + v.getMessage()));

        // Write the canonical JSON, read it back: the same dataset, the same bytes.
        DatasetWriter.canonical().write(dataset, file);
        Dataset back = DatasetReader.standard().read(file);
        boolean same = back.equals(dataset);
        out.println("written to " + file + ", read back " + (same ? "equal" : "DIFFERENT"));

        // The file as an integrator would check it: every layer, French and English messages.
        Report report = org.maillage.validation.Validator.builder().build().validate(file);
        report.findings().forEach(f -> out.println(f.ruleId() + " " + f.pointer() + " " + f.message(Language.EN)));
        out.println((report.valid() ? "valid: " : "invalid: ") + dataset.allEntities().size() + " entities, "
                + report.errors() + " errors, " + report.warnings() + " warnings");
        return violations.isEmpty() && same && report.valid() ? 0 : 1;
    }

    /**
     * The example dataset.
     *
     * @return a dataset with territories, organisations, people and two contracts
     */
    public static Dataset build() {
        LocalDate start = LocalDate.of(2024, 1, 1);

        Territory doubs = Territory.builder("departement:25", TerritoryKind.DEPARTEMENT, "25", "Doubs")
                .addIdentifier(Identifier.of(IdentifierScheme.INSEE_DEPARTEMENT, "25")).build();
        Territory besancon = Territory.builder("commune:25056", TerritoryKind.COMMUNE, "25056", "Besançon")
                .addIdentifier(Identifier.of(IdentifierScheme.INSEE_COMMUNE, "25056"))
                .addParent(TerritoryLink.to("departement:25")).build();
        Territory thise = Territory.builder("commune:25560", TerritoryKind.COMMUNE, "25560", "Thise")
                .addIdentifier(Identifier.of(IdentifierScheme.INSEE_COMMUNE, "25560"))
                .addParent(TerritoryLink.to("departement:25")).build();
        // A communauté urbaine in the COG 2026 (67 communes; two of them here).
        Territory gbm = Territory.builder("epci:242500361", TerritoryKind.EPCI, "242500361", "CU Grand Besançon Métropole")
                .legalType(EpciLegalType.CU).addIdentifier(Identifier.of(IdentifierScheme.SIREN, "242500361"))
                .addParent(TerritoryLink.to("departement:25")).addMember(TerritoryLink.to("commune:25056"))
                .addMember(TerritoryLink.to("commune:25560")).build();

        Organization ars = Organization.builder("org:ars-bfc", OrganizationKind.ARS, "ARS Bourgogne-Franche-Comté")
                .shortName("ARS BFC").build();
        Organization delegation = Organization.builder("org:ars-bfc-dd25", OrganizationKind.ARS_DELEGATION,
                "Délégation départementale du Doubs").parent("org:ars-bfc").addJurisdiction(TerritoryLink.to("departement:25")).build();
        Organization metropole = Organization.builder("org:gbm", OrganizationKind.EPCI, "Grand Besançon Métropole")
                .addIdentifier(Identifier.of(IdentifierScheme.SIREN, "242500361")).territory("epci:242500361").build();
        Organization chu = Organization.builder("org:chu-besancon", OrganizationKind.HOSPITAL, "CHU de Besançon")
                .addIdentifier(Identifier.of(IdentifierScheme.FINESS_EJ, "250000015")).build();
        Organization copil = Organization.builder("org:cls-gbm-copil", OrganizationKind.CLS_STEERING_COMMITTEE,
                        "Comité de pilotage du CLS (exemple illustratif)")
                .addMembership(Membership.ofOffice(Office.of(OfficeKind.EPCI_PRESIDENT, "epci:242500361"), MembershipRole.CO_CHAIR,
                        College.LOCAL_AUTHORITIES))
                .addMembership(Membership.ofOffice(new Office(OfficeKind.ARS_DELEGATE, null, "org:ars-bfc-dd25"), MembershipRole.CO_CHAIR,
                        College.STATE_AND_SOCIAL_SECURITY))
                .addMembership(Membership.ofOrganization("org:chu-besancon", MembershipRole.MEMBER, College.HEALTH_PROVIDERS)
                        .withMandate(true, start, null))
                .build();

        Person president = Person.of("person:cpts-president", "Claire", "Exemple");
        Person coordinator = Person.of("person:cls-coordinator", "Hugo", "Exemple");
        Organization cpts = Organization.builder("org:cpts-exemple", OrganizationKind.CPTS, "CPTS du Grand Besançon (exemple illustratif)")
                .addJurisdiction(new TerritoryLink("epci:242500361", LocalDate.of(2021, 6, 1), null))
                .addMembership(Membership.ofPerson(president.id(), MembershipRole.PRESIDENT, null))
                .cpts(new CptsProfile(CptsSizeClass.CLASS_4, List.of(
                        new Mission(CptsMission.ACCESS_TO_CARE, MissionStatus.DEPLOYED, LocalDate.of(2022, 1, 1), null),
                        new Mission(CptsMission.CARE_PATHWAYS, MissionStatus.IN_PROGRESS, LocalDate.of(2023, 1, 1), null),
                        new Mission(CptsMission.PREVENTION, MissionStatus.IN_PROGRESS, LocalDate.of(2023, 1, 1), null),
                        new Mission(CptsMission.HEALTH_CRISIS, MissionStatus.PLANNED, null, null)), LocalDate.of(2021, 12, 15)))
                .build();

        Contract cls = Contract.builder("contract:cls-gbm-2024", ContractKind.CLS, ContractStatus.IN_FORCE,
                        "Contrat local de santé du Grand Besançon 2024-2028 (exemple illustratif)")
                .addParty(ContractParty.signatory("org:ars-bfc", LocalDate.of(2023, 12, 12)))
                .addParty(ContractParty.signatory("org:gbm", LocalDate.of(2023, 12, 12)))
                .addParty(new ContractParty("org:chu-besancon", PartyRole.PARTNER, null, null))
                .addParty(new ContractParty("org:cpts-exemple", PartyRole.PARTNER, null, null))
                .addTerritory(TerritoryLink.to("epci:242500361"))
                .validFrom(start).validTo(LocalDate.of(2028, 12, 31))
                .addAxis(new ContractAxis("axe-1", "Accès aux soins de proximité", List.of(HealthTheme.ACCESS_TO_CARE,
                        HealthTheme.PROFESSIONAL_ATTRACTIVENESS), List.of(new ContractAction("1.1",
                        "Accueillir les internes en médecine générale", null, "org:cpts-exemple", null, null))))
                .addAxis(new ContractAxis("axe-2", "Santé mentale (volet CLSM)", List.of(HealthTheme.MENTAL_HEALTH), List.of()))
                .addAxis(new ContractAxis("axe-3", "Santé environnementale et prévention", List.of(HealthTheme.ENVIRONMENTAL_HEALTH,
                        HealthTheme.PREVENTION), List.of()))
                .coordinator(new Coordinator(coordinator.id(), "org:gbm", true, new BigDecimal("1.0"), start, null))
                .addFunding(new FundingLine("org:ars-bfc", 2024, new BigDecimal("25000.00"), null))
                .addFunding(new FundingLine("org:gbm", 2024, new BigDecimal("25000.00"), null))
                .steeringCommittee("org:cls-gbm-copil")
                .build();
        Contract aci = Contract.builder("contract:aci-cpts-exemple", ContractKind.ACI_CPTS, ContractStatus.IN_FORCE,
                        "ACI de la CPTS du Grand Besançon (exemple illustratif)")
                .addParty(ContractParty.signatory("org:cpts-exemple", LocalDate.of(2021, 12, 15)))
                .addParty(ContractParty.signatory("org:ars-bfc", LocalDate.of(2021, 12, 15)))
                .validFrom(LocalDate.of(2021, 12, 15))
                .build();

        DatasetHeader header = DatasetHeader.of("example:cls-cpts", "Un CLS et une CPTS (exemple)")
                .withPublisher(Publisher.named("Maillage examples")).withGeography("COG2024", "Licence Ouverte 2.0");
        return Dataset.of(header, List.of(doubs, besancon, thise, gbm, ars, delegation, metropole, chu, copil, cpts,
                president, coordinator, cls, aci));
    }
}
