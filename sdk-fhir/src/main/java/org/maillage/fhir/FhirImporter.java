package org.maillage.fhir;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Property;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.maillage.core.codelist.ContactSystem;
import org.maillage.core.codelist.OrganizationKind;
import org.maillage.core.id.Finess;
import org.maillage.core.id.IdentifierScheme;
import org.maillage.core.model.Address;
import org.maillage.core.model.CodeRef;
import org.maillage.core.model.ContactPoint;
import org.maillage.core.model.Coordinates;
import org.maillage.core.model.DatasetHeader;
import org.maillage.core.model.Facility;
import org.maillage.core.model.Identifier;
import org.maillage.core.model.Organization;
import org.maillage.imports.FrenchAreas;
import org.maillage.imports.SourceFormatException;
import org.maillage.imports.ImportNotes;
import org.maillage.json.DatasetFormat;
import org.maillage.json.DatasetWriter;

/**
 * Imports FHIR R4 {@code Organization} and {@code Location} resources — the shape of the ANS
 * health directory and of FINESS published in FHIR — into facilities and their legal entities,
 * with HAPI FHIR's R4 structures. Inputs are NDJSON files, JSON files (a resource or a Bundle of
 * them) and folders of them. Immutable and thread-safe; each import streams (the inputs are read
 * twice; memory holds positions and legal entities, never the establishments).
 *
 * <p>An {@code Organization} with a FINESS number (system {@code urn:oid:1.2.250.1.71.4.2.2} or
 * the FINESS URIs) of type FINEG — or without a type, when it has a category — is an
 * establishment: a facility {@code facility:finess-et-<number>} with its name, category (a
 * coding of TRE_R66 or of the FINESS value set {@code CAT_ETAB}), identifiers (FINESS ET, SIRET
 * from {@code http://sirene.fr} and the INSEE URIs), first address, telecom, opening and closing
 * dates (extension {@code organization-period}), legal entity ({@code partOf}) and position (the
 * {@code Location} whose {@code managingOrganization} it is). One of type FINEJ is a legal entity:
 * an organisation {@code org:finess-ej-<number>} with its name and identifiers (FINESS EJ, SIREN).
 * When an establishment has no {@code partOf} but its resource id is {@code <EJ>-<ET>} with a
 * valid FINESS EJ number first (as FINESS published in FHIR does), the legal entity is taken from
 * the id, with a note; one that has no resource of its own is named "Entité juridique FINESS
 * &lt;number&gt;".
 *
 * <p>Positions are kept as published. One that lies outside the area of the establishment's postal
 * code (an overseas site converted with the metropolitan projection lands off Africa) is a note
 * naming the {@code Location}: it is a defect of the source, reported, never fixed silently.
 *
 * <p>Not carried, as restating what is carried or not being data: {@code meta}, the generated
 * {@code text}, {@code active}, codings of the organisation type ({@code prov},
 * {@code GEOGRAPHICAL-ENTITY}), the {@code use} and {@code type} of addresses and of telecoms.
 * Everything else the model cannot hold (other codings such as {@code CAT_AGR_ETAB}, {@code SPH}
 * or the NAF code, other identifiers, other elements) is a note, grouped by kind with its count
 * and first resource.
 *
 * <p>A resource of another type than {@code Organization}, {@code Location} and {@code Bundle},
 * text that is not FHIR JSON, or a Bundle whose shape is not a Bundle's ends the import with a
 * {@link SourceFormatException} listing every problem with its file, line and resource; nothing is
 * written then.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class FhirImporter {

    /** The licence written in the dataset envelope when nothing else is known. */
    public static final String SOURCE = "FHIR R4";

    private static final FhirImporter DEFAULT = new FhirImporter();

    private static final Set<String> ORGANIZATION_ELEMENTS = Set.of("id", "meta", "text", "identifier", "active", "type", "name",
            "telecom", "address", "partOf", "extension");
    private static final Set<String> LOCATION_ELEMENTS = Set.of("id", "meta", "text", "position", "managingOrganization");

    private FhirImporter() {}

    /**
     * The importer.
     *
     * @return the importer
     */
    public static FhirImporter create() {
        return DEFAULT;
    }

    /**
     * Imports FHIR resources into one dataset.
     *
     * @param paths NDJSON files, JSON files, folders of them; a pipe is copied to a temporary file first
     * @param out where to write the dataset; closed at the end
     * @param format JSON or NDJSON
     * @return what was written and the notes
     * @throws SourceFormatException when an input is not FHIR JSON or holds resources of another type;
     *     nothing is written then
     * @throws UncheckedIOException when a file cannot be read or the output written
     */
    public FhirImport importTo(List<Path> paths, OutputStream out, DatasetFormat format) {
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("no FHIR input to import");
        }
        FhirInputs inputs;
        try {
            inputs = FhirInputs.of(paths);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return new Run(inputs, paths.get(0).toString()).run(out, format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            inputs.close();
        }
    }

    /** One import. */
    private static final class Run {
        private final FhirInputs inputs;
        private final String firstName;
        private final ImportNotes notes = new ImportNotes();
        private final Set<String> seenEstablishments = new HashSet<>();
        /** Establishments written in the second pass: the first resource of each, as in the first pass. */
        private final Set<String> written = new HashSet<>();
        /** Keys of legal-entity resources to their organisation. */
        private final Map<String, Organization> legalByKey = new HashMap<>();
        private final Map<String, Organization> legal = new TreeMap<>();
        private final Map<String, double[]> positions = new HashMap<>();
        private final Map<String, String> positionLocation = new HashMap<>();
        private final Map<String, Long> positionLine = new HashMap<>();
        /** Legal entities an establishment names by its partOf, by ET. */
        private final Map<String, String> partOf = new HashMap<>();
        private final Map<String, String> inferred = new HashMap<>();
        private int resources;
        private int facilities;
        private int positioned;

        Run(FhirInputs inputs, String firstName) {
            this.inputs = inputs;
            this.firstName = firstName;
        }

        FhirImport run(OutputStream out, DatasetFormat format) throws IOException {
            inputs.read(notes, this::gather);
            if (notes.hasProblems()) {
                throw notes.problems();
            }
            for (Map.Entry<String, String> e : inferred.entrySet()) {
                legal.computeIfAbsent(e.getValue(), ej -> placeholder(ej));
            }
            for (Map.Entry<String, String> e : partOf.entrySet()) {
                String ref = e.getValue();
                if (ref.startsWith("finess:")) {
                    legal.computeIfAbsent(ref.substring("finess:".length()), ej -> placeholder(ej));
                }
            }
            DatasetHeader header = DatasetHeader.of("fhir-import", "Établissements importés de FHIR R4 (" + firstName + ")");
            try (DatasetWriter.EntityStream stream = DatasetWriter.canonical().open(out, header, format)) {
                for (Organization o : legal.values()) {
                    stream.write(o);
                }
                inputs.read(null, r -> {
                    if (r.resource() instanceof org.hl7.fhir.r4.model.Organization o && isEstablishment(o)) {
                        Facility f = facility(r, o);
                        if (f != null) {
                            stream.write(f);
                            facilities++;
                        }
                    }
                });
            }
            return new FhirImport(header, resources, facilities, legal.size(), positioned, notes.list());
        }

        // ---------------------------------------------------------------- pass 1

        private void gather(FhirInputs.Located r) {
            resources++;
            if (r.resource() instanceof org.hl7.fhir.r4.model.Organization o) {
                String finess = finess(o);
                if (isEstablishment(o)) {
                    if (finess == null) {
                        return;
                    }
                    if (!seenEstablishments.add(finess)) {
                        return;
                    }
                    if (o.hasPartOf()) {
                        Reference p = o.getPartOf();
                        if (p.hasIdentifier() && FhirSystems.finess(p.getIdentifier().getSystem()) && p.getIdentifier().hasValue()) {
                            partOf.put(finess, "finess:" + p.getIdentifier().getValue());
                        } else if (p.hasReference()) {
                            partOf.put(finess, key(p.getReference()));
                        }
                    } else {
                        String ej = ejFromId(o.getIdElement().getIdPart(), finess);
                        if (ej != null) {
                            inferred.put(finess, ej);
                        }
                    }
                } else if (finess != null) {
                    Organization ej = legalEntity(r, o, finess);
                    legal.put(finess, ej);
                    for (String key : keys(r)) {
                        legalByKey.put(key, ej);
                    }
                } else {
                    notes.add(r.file(), r.label(), r.line(), "an Organization without a FINESS number: not imported");
                }
            } else if (r.resource() instanceof Location l) {
                position(r, l);
            } else {
                notes.problem(r.file(), r.label(), r.line(), "a FHIR " + r.resource().fhirType()
                        + " resource: only Organization and Location resources are read (alone, in NDJSON or in a Bundle)");
            }
        }

        private void position(FhirInputs.Located r, Location l) {
            if (!l.hasPosition() || !l.getPosition().hasLatitude() || !l.getPosition().hasLongitude()) {
                notes.add(r.file(), r.label(), r.line(), "a Location without a position: not imported");
                return;
            }
            if (!l.hasManagingOrganization() || !l.getManagingOrganization().hasReference()) {
                notes.add(r.file(), r.label(), r.line(), "a Location without managingOrganization: its position is not imported");
                return;
            }
            unknownElements(r, l, LOCATION_ELEMENTS);
            String key = key(l.getManagingOrganization().getReference());
            if (positions.containsKey(key)) {
                notes.add(r.file(), r.label(), r.line(), "a second Location of " + key + " (first: " + positionLocation.get(key)
                        + "): its position is not imported");
                return;
            }
            BigDecimal lat = l.getPosition().getLatitude();
            BigDecimal lon = l.getPosition().getLongitude();
            positions.put(key, new double[] {lat.doubleValue(), lon.doubleValue()});
            positionLocation.put(key, r.label());
            positionLine.put(key, r.line());
        }

        private Organization legalEntity(FhirInputs.Located r, org.hl7.fhir.r4.model.Organization o, String finess) {
            String name = o.hasName() ? o.getName().trim() : "";
            if (name.isEmpty()) {
                name = "Entité juridique FINESS " + finess;
                notes.add(r.file(), r.label(), r.line(), "legal entity " + finess + " has no name: named '" + name + "'");
            }
            Organization.Builder b = Organization.builder(organizationId(finess), OrganizationKind.OTHER, name)
                    .addIdentifier(Identifier.of(IdentifierScheme.FINESS_EJ, finess));
            for (org.hl7.fhir.r4.model.Identifier i : o.getIdentifier()) {
                if (FhirSystems.sirene(i.getSystem()) && i.hasValue()) {
                    String v = i.getValue().trim();
                    b.addIdentifier(Identifier.of(v.length() == 14 ? IdentifierScheme.SIRET : IdentifierScheme.SIREN, v));
                }
            }
            Period p = period(r, o);
            if (p != null) {
                b.validFrom(p.start).validTo(p.end);
            }
            unknownElements(r, o, Set.of("id", "meta", "text", "identifier", "active", "type", "name", "extension"));
            return b.build();
        }

        private Organization placeholder(String ej) {
            return Organization.builder(organizationId(ej), OrganizationKind.OTHER, "Entité juridique FINESS " + ej)
                    .addIdentifier(Identifier.of(IdentifierScheme.FINESS_EJ, ej)).build();
        }

        // ---------------------------------------------------------------- pass 2

        private Facility facility(FhirInputs.Located r, org.hl7.fhir.r4.model.Organization o) {
            String et = finess(o);
            if (et == null) {
                notes.add(r.file(), r.label(), r.line(), "an establishment Organization without a FINESS number: not imported");
                return null;
            }
            if (!written.add(et)) {
                notes.add(r.file(), r.label(), r.line(), "establishment " + et + " is described again: this resource is not imported");
                return null;
            }
            String category = null;
            for (CodeableConcept type : o.getType()) {
                for (Coding c : type.getCoding()) {
                    if (FhirSystems.category(c.getSystem()) && c.hasCode()) {
                        if (category == null) {
                            category = c.getCode();
                        } else if (!category.equals(c.getCode())) {
                            notes.add(r.file(), r.label(), r.line(), "establishment " + et + " has a second category " + c.getCode()
                                    + " (first " + category + "): the first is kept");
                        }
                    } else if (!FhirSystems.RESTATING.contains(c.getSystem())) {
                        notes.grouped("coding\u0000" + c.getSystem(), r.file(), r.label(), r.line(),
                                "codings of " + c.getSystem() + " are not carried by the model");
                    }
                }
            }
            if (category == null) {
                notes.add(r.file(), r.label(), r.line(), "establishment " + et + " has no category (TRE_R66 or CAT_ETAB): not imported");
                return null;
            }
            String name = o.hasName() ? o.getName().trim() : "";
            if (name.isEmpty()) {
                name = "Établissement FINESS " + et;
                notes.add(r.file(), r.label(), r.line(), "establishment " + et + " has no name: named '" + name + "'");
            }
            Facility.Builder b = Facility.builder(facilityId(et), name, new CodeRef("finess-category", category, null))
                    .addIdentifier(Identifier.of(IdentifierScheme.FINESS_ET, et));
            for (org.hl7.fhir.r4.model.Identifier i : o.getIdentifier()) {
                String v = i.hasValue() ? i.getValue().trim() : "";
                if (FhirSystems.finess(i.getSystem())) {
                    if (!v.equals(et)) {
                        notes.add(r.file(), r.label(), r.line(), "a second FINESS number " + v + ": not carried");
                    }
                } else if (FhirSystems.sirene(i.getSystem()) && v.length() == 14) {
                    b.addIdentifier(Identifier.of(IdentifierScheme.SIRET, v));
                } else {
                    notes.grouped("identifier\u0000" + i.getSystem(), r.file(), r.label(), r.line(),
                            "identifiers of system " + i.getSystem() + " are not carried by the model");
                }
            }
            String org = legalOf(r, et);
            if (org != null) {
                b.organization(org);
            }
            List<org.hl7.fhir.r4.model.Address> addresses = o.getAddress();
            if (!addresses.isEmpty()) {
                org.hl7.fhir.r4.model.Address a = addresses.get(0);
                List<String> lines = new ArrayList<>();
                for (StringType l : a.getLine()) {
                    if (l.hasValue()) {
                        lines.add(l.getValue());
                    }
                }
                b.address(new Address(lines, a.getPostalCode(), a.getCity(), a.getCountry()));
                for (String part : List.of("district", "state", "text", "period")) {
                    if (hasValue(a, part)) {
                        notes.grouped("address\u0000" + part, r.file(), r.label(), r.line(), "address " + part + " is not carried by the model");
                    }
                }
                if (addresses.size() > 1) {
                    notes.add(r.file(), r.label(), r.line(), "establishment " + et + " has " + addresses.size()
                            + " addresses: the first is kept");
                }
            }
            for (org.hl7.fhir.r4.model.ContactPoint t : o.getTelecom()) {
                if (!t.hasValue()) {
                    continue;
                }
                ContactSystem system = t.hasSystem() ? contactSystem(t.getSystem().toCode()) : null;
                if (system == null) {
                    notes.add(r.file(), r.label(), r.line(), "telecom '" + FhirInputs.cut(t.getValue()) + "' has no system: not imported");
                } else {
                    b.addTelecom(new ContactPoint(system, t.getValue()));
                }
            }
            Period p = period(r, o);
            if (p != null) {
                b.validFrom(p.start).validTo(p.end);
            }
            for (String key : keys(r)) {
                double[] pos = positions.get(key);
                if (pos != null) {
                    b.coordinates(new Coordinates(pos[0], pos[1]));
                    positioned++;
                    checkArea(r, et, key, pos, addresses.isEmpty() ? null : addresses.get(0).getPostalCode());
                    break;
                }
            }
            unknownElements(r, o, ORGANIZATION_ELEMENTS);
            return b.build();
        }

        private String legalOf(FhirInputs.Located r, String et) {
            String ref = partOf.get(et);
            if (ref != null) {
                if (ref.startsWith("finess:")) {
                    return organizationId(ref.substring("finess:".length()));
                }
                Organization ej = legalByKey.get(ref);
                if (ej != null) {
                    return ej.id();
                }
                notes.add(r.file(), r.label(), r.line(), "establishment " + et + " is partOf " + ref
                        + ", which is no legal entity of the input: no legal entity linked");
                return null;
            }
            String ej = inferred.get(et);
            if (ej != null) {
                notes.grouped("inferred", r.file(), r.label(), r.line(), "no partOf: the legal entity is the first half of the"
                        + " resource id <EJ>-<ET>, as FINESS published in FHIR writes it");
                return organizationId(ej);
            }
            return null;
        }

        private void checkArea(FhirInputs.Located r, String et, String key, double[] pos, String postalCode) {
            String area = FrenchAreas.departementOfPostalCode(postalCode).flatMap(FrenchAreas::area).orElse(null);
            if (area == null || FrenchAreas.contains(area, pos[0], pos[1])) {
                return;
            }
            notes.add(r.file(), positionLocation.get(key), positionLine.get(key), "position " + String.format(Locale.ROOT,
                    "%.5f, %.5f", pos[0], pos[1]) + " of " + r.resource().fhirType() + " " + r.resource().getIdElement().getIdPart()
                    + " (FINESS " + et + ") lies outside " + FrenchAreas.name(area) + " where its postal code " + postalCode
                    + " is: kept as published; the publisher probably converted it with the wrong projection");
        }

        /** The period extension: opening and closing dates. */
        private Period period(FhirInputs.Located r, org.hl7.fhir.r4.model.Organization o) {
            Period out = null;
            for (Extension e : o.getExtension()) {
                if (FhirSystems.ORGANIZATION_PERIOD.equals(e.getUrl()) && e.getValue() instanceof org.hl7.fhir.r4.model.Period p) {
                    out = new Period(date(r, p.getStartElement().getValueAsString(), "start"),
                            date(r, p.getEndElement().getValueAsString(), "end"));
                } else {
                    notes.grouped("extension\u0000" + e.getUrl(), r.file(), r.label(), r.line(),
                            "extension " + e.getUrl() + " is not carried by the model");
                }
            }
            return out;
        }

        private LocalDate date(FhirInputs.Located r, String text, String which) {
            if (text == null || text.isEmpty()) {
                return null;
            }
            try {
                return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
            } catch (DateTimeParseException e) {
                notes.add(r.file(), r.label(), r.line(), "organization-period " + which + " '" + text + "' is not a full date: left out");
                return null;
            }
        }

        private void unknownElements(FhirInputs.Located r, Base resource, Set<String> handled) {
            for (Property p : resource.children()) {
                if (p.hasValues() && !handled.contains(p.getName())) {
                    notes.grouped("element\u0000" + resource.fhirType() + "\u0000" + p.getName(), r.file(), r.label(), r.line(),
                            resource.fhirType() + "." + p.getName() + " is not carried by the model");
                }
            }
        }

        private static boolean hasValue(Base b, String name) {
            for (Property p : b.children()) {
                if (p.getName().equals(name)) {
                    return p.hasValues();
                }
            }
            return false;
        }

        private static List<String> keys(FhirInputs.Located r) {
            List<String> keys = new ArrayList<>(2);
            String id = r.resource().getIdElement().getIdPart();
            if (id != null) {
                keys.add(r.resource().fhirType() + "/" + id);
            }
            if (r.fullUrl() != null && !r.fullUrl().isEmpty()) {
                keys.add(key(r.fullUrl()));
            }
            return keys;
        }
    }

    private record Period(LocalDate start, LocalDate end) {}

    /** A reference as a key: {@code Organization/id} from a relative or absolute URL; other forms as they are. */
    static String key(String reference) {
        String ref = reference.trim();
        if (ref.startsWith("urn:")) {
            return ref;
        }
        int history = ref.indexOf("/_history/");
        if (history >= 0) {
            ref = ref.substring(0, history);
        }
        String[] parts = ref.split("/");
        return parts.length >= 2 ? parts[parts.length - 2] + "/" + parts[parts.length - 1] : ref;
    }

    /** Whether an Organization is an establishment (FINEG) rather than a legal entity (FINEJ). */
    static boolean isEstablishment(org.hl7.fhir.r4.model.Organization o) {
        for (org.hl7.fhir.r4.model.Identifier i : o.getIdentifier()) {
            if (FhirSystems.finess(i.getSystem())) {
                for (Coding c : i.getType().getCoding()) {
                    if ("FINEG".equals(c.getCode())) {
                        return true;
                    }
                    if ("FINEJ".equals(c.getCode())) {
                        return false;
                    }
                }
            }
        }
        for (CodeableConcept type : o.getType()) {
            for (Coding c : type.getCoding()) {
                if (FhirSystems.category(c.getSystem())) {
                    return true;
                }
            }
        }
        return o.hasPartOf();
    }

    /** The FINESS number of an Organization, or null. */
    static String finess(org.hl7.fhir.r4.model.Organization o) {
        for (org.hl7.fhir.r4.model.Identifier i : o.getIdentifier()) {
            if (FhirSystems.finess(i.getSystem()) && i.hasValue() && !i.getValue().isBlank()) {
                return i.getValue().trim();
            }
        }
        return null;
    }

    /** The legal entity of an id {@code <EJ>-<ET>}: the first half when it is a valid FINESS number and the second is the ET. */
    static String ejFromId(String id, String et) {
        if (id == null) {
            return null;
        }
        int dash = id.indexOf('-');
        if (dash != 9 || !id.substring(dash + 1).equalsIgnoreCase(et)) {
            return null;
        }
        String ej = id.substring(0, dash).toUpperCase(Locale.ROOT);
        return Finess.isValid(ej) ? ej : null;
    }

    static ContactSystem contactSystem(String code) {
        for (ContactSystem s : ContactSystem.values()) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        return null;
    }

    static String facilityId(String et) {
        return "facility:finess-et-" + et.toLowerCase(Locale.ROOT);
    }

    static String organizationId(String ej) {
        return "org:finess-ej-" + ej.toLowerCase(Locale.ROOT);
    }
}
