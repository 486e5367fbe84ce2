package org.maillage.fhir;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.ContactPoint.ContactPointSystem;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.maillage.core.InvalidDataException;
import org.maillage.core.codelist.Codelist;
import org.maillage.core.codelist.CodelistEntry;
import org.maillage.core.codelist.Codelists;
import org.maillage.core.id.IdentifierScheme;
import org.maillage.core.model.ContactPoint;
import org.maillage.core.model.EntityFamily;
import org.maillage.core.model.Facility;
import org.maillage.core.model.Identifier;
import org.maillage.core.model.Organization;
import org.maillage.imports.ImportNotes;
import org.maillage.json.internal.DatasetHandler;
import org.maillage.json.internal.StreamingReader;
import org.maillage.json.internal.EntityNode;
import org.maillage.json.internal.ReadProblem;

/**
 * Exports the facilities of a dataset, and the organisations they belong to, as FHIR R4 resources
 * in the shape {@link FhirImporter} reads, so that FHIR → Maillage → FHIR keeps every field
 * imported. Immutable and thread-safe; the dataset is streamed twice (organisations, then facilities).
 *
 * <p>Each facility becomes an {@code Organization} (id: its FINESS ET number) with its FINESS ET
 * (OID {@code 1.2.250.1.71.4.2.2}, type FINEG) and SIRET ({@code http://sirene.fr}) identifiers,
 * its category as codings of TRE_R66 (with the codelist's version) and of the FINESS value set
 * {@code CAT_ETAB}, displays from the codelist, name, telecom, address, {@code partOf} its legal
 * entity and an {@code organization-period} extension for its opening and closing dates; and, when
 * it has coordinates, a {@code Location} (id: the number and {@code -loc}) with its position and
 * {@code managingOrganization}. Each organisation a facility belongs to becomes an
 * {@code Organization} (id: its FINESS EJ number) with FINESS EJ (type FINEJ), SIREN and SIRET.
 * Labels, capacities, services, GHT memberships and commune links have no FHIR element here; the
 * export says how many facilities carry them, in notes.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class FhirExporter {

    private static final FhirExporter DEFAULT = new FhirExporter();

    private FhirExporter() {}

    /**
     * The exporter.
     *
     * @return the exporter
     */
    public static FhirExporter create() {
        return DEFAULT;
    }

    /**
     * Exports a dataset.
     *
     * @param dataset a Maillage dataset (JSON or NDJSON)
     * @param out where to write; closed at the end
     * @param bundle true for one JSON Bundle of type {@code collection}, false for NDJSON (one resource a line)
     * @return what was written
     * @throws InvalidDataException when the dataset cannot be read, with its place
     * @throws UncheckedIOException when a file cannot be read or the output written
     */
    public FhirExport export(Path dataset, OutputStream out, boolean bundle) {
        StreamingReader reader = StreamingReader.standard();
        Map<String, Organization> organizations = new HashMap<>();
        Map<String, Boolean> referenced = new LinkedHashMap<>();
        scan(reader, dataset, node -> {
            if (node.family() == EntityFamily.ORGANIZATIONS) {
                Organization o = (Organization) reader.bind(node);
                organizations.put(o.id(), o);
            } else if (node.family() == EntityFamily.FACILITIES) {
                var ref = node.json().get("organization");
                if (ref != null && ref.isString()) {
                    referenced.put(ref.stringValue(), Boolean.TRUE);
                }
            }
        });
        Codelist categories = Codelists.bundled().get("finess-category");
        ImportNotes notes = new ImportNotes();
        IParser parser = FhirInputs.parser();
        int[] counts = new int[4];
        try (Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
            Output output = new Output(w, parser, bundle);
            Map<String, String> fhirIds = new HashMap<>();
            for (String id : referenced.keySet()) {
                Organization o = organizations.get(id);
                if (o == null) {
                    continue;
                }
                org.hl7.fhir.r4.model.Organization r = legalEntity(o);
                fhirIds.put(o.id(), r.getIdElement().getIdPart());
                output.write(r);
                counts[2]++;
            }
            scan(reader, dataset, node -> {
                if (node.family() != EntityFamily.FACILITIES) {
                    return;
                }
                Facility f = (Facility) reader.bind(node);
                org.hl7.fhir.r4.model.Organization r = establishment(f, fhirIds, categories, notes, dataset.toString(), node);
                output.write(r);
                counts[1]++;
                if (f.coordinates() != null) {
                    Location l = new Location();
                    l.setId(r.getIdElement().getIdPart() + "-loc");
                    l.setManagingOrganization(new Reference("Organization/" + r.getIdElement().getIdPart()));
                    l.getPosition().setLatitude(BigDecimal.valueOf(f.coordinates().latitude()))
                            .setLongitude(BigDecimal.valueOf(f.coordinates().longitude()));
                    output.write(l);
                    counts[3]++;
                }
            });
            output.close();
            counts[0] = output.count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FhirExport(counts[0], counts[1], counts[2], counts[3], notes.list());
    }

    private static void scan(StreamingReader reader, Path dataset, java.util.function.Consumer<EntityNode> sink) {
        reader.scan(dataset, new DatasetHandler() {
            @Override
            public void entity(EntityNode entity) {
                sink.accept(entity);
            }

            @Override
            public void problem(ReadProblem problem) {
                throw new InvalidDataException(dataset + ": " + problem.message(), problem.pointer(), problem.position().line(),
                        problem.position().column(), null);
            }
        });
    }

    /** Writes resources as NDJSON lines or as the entries of one Bundle. */
    private static final class Output {
        private final Writer w;
        private final IParser parser;
        private final boolean bundle;
        int count;

        Output(Writer w, IParser parser, boolean bundle) throws IOException {
            this.w = w;
            this.parser = parser;
            this.bundle = bundle;
            if (bundle) {
                w.write("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[");
            }
        }

        void write(Resource r) {
            try {
                if (bundle) {
                    w.write(count == 0 ? "\n{\"resource\":" : ",\n{\"resource\":");
                    w.write(parser.encodeResourceToString(r));
                    w.write('}');
                } else {
                    w.write(parser.encodeResourceToString(r));
                    w.write('\n');
                }
                count++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void close() throws IOException {
            if (bundle) {
                w.write("\n]}\n");
            }
        }
    }

    private static org.hl7.fhir.r4.model.Organization legalEntity(Organization o) {
        org.hl7.fhir.r4.model.Organization r = new org.hl7.fhir.r4.model.Organization();
        String ej = value(o.identifiers(), IdentifierScheme.FINESS_EJ).orElse(null);
        r.setId(ej != null ? ej : fhirId(o.id()));
        for (Identifier i : o.identifiers()) {
            switch (i.scheme()) {
                case FINESS_EJ -> finess(r.addIdentifier(), i.value(), "FINEJ", "FINESS d'entité juridique");
                case SIREN, SIRET -> r.addIdentifier().setSystem(FhirSystems.SIRENE).setValue(i.value())
                        .setUse(org.hl7.fhir.r4.model.Identifier.IdentifierUse.OFFICIAL);
                default -> {
                    // other schemes have no system in the FINESS shape of FHIR
                }
            }
        }
        r.setName(o.name());
        period(r, o.validFrom(), o.validTo());
        return r;
    }

    private static org.hl7.fhir.r4.model.Organization establishment(Facility f, Map<String, String> fhirIds, Codelist categories,
            ImportNotes notes, String file, EntityNode node) {
        org.hl7.fhir.r4.model.Organization r = new org.hl7.fhir.r4.model.Organization();
        String et = value(f.identifiers(), IdentifierScheme.FINESS_ET).orElse(null);
        if (et == null) {
            notes.add(file, node.pointer(), node.start().line(), f.id() + " has no FINESS ET number: exported with the id "
                    + fhirId(f.id()) + " and no FINESS identifier");
        }
        r.setId(et != null ? et : fhirId(f.id()));
        for (Identifier i : f.identifiers()) {
            switch (i.scheme()) {
                case FINESS_ET -> finess(r.addIdentifier(), i.value(), "FINEG", "FINESS d'entité géographique");
                case SIRET -> r.addIdentifier().setSystem(FhirSystems.SIRENE).setValue(i.value())
                        .setUse(org.hl7.fhir.r4.model.Identifier.IdentifierUse.OFFICIAL);
                default -> notes.grouped("scheme\u0000" + i.scheme().code(), file, node.pointer(), node.start().line(),
                        "identifiers of scheme " + i.scheme().code() + " on facilities are not exported");
            }
        }
        String code = f.category().code();
        Optional<CodelistEntry> entry = categories.entry(code);
        CodeableConcept type = r.addType();
        type.addCoding().setSystem(FhirSystems.TRE_R66).setVersion(entry.isPresent() ? categories.version() : null)
                .setCode(code).setDisplay(entry.map(CodelistEntry::labelFr).orElse(null));
        type.addCoding().setSystem(FhirSystems.CAT_ETAB).setCode(code).setDisplay(entry.map(CodelistEntry::labelFr).orElse(null));
        r.setName(f.name());
        for (ContactPoint c : f.telecom()) {
            r.addTelecom().setSystem(ContactPointSystem.fromCode(c.system().code())).setValue(c.value());
        }
        if (f.address() != null) {
            org.hl7.fhir.r4.model.Address a = r.addAddress();
            f.address().lines().forEach(a::addLine);
            a.setPostalCode(f.address().postalCode()).setCity(f.address().city()).setCountry(f.address().country());
        }
        if (f.organization() != null) {
            String target = fhirIds.get(f.organization());
            if (target == null) {
                notes.grouped("partOf", file, node.pointer(), node.start().line(),
                        "the organisation of a facility is not in the dataset: partOf left out");
            } else {
                r.setPartOf(new Reference("Organization/" + target));
            }
        }
        period(r, f.validFrom(), f.validTo());
        int carriedElsewhere = f.labels().size() + f.capacities().size() + f.services().size() + f.ghtMemberships().size();
        if (carriedElsewhere > 0) {
            notes.grouped("nested", file, node.pointer(), node.start().line(),
                    "labels, capacities, services and GHT memberships have no FHIR element here: not exported");
        }
        if (f.commune() != null) {
            notes.grouped("commune", file, node.pointer(), node.start().line(),
                    "commune links have no FHIR element here (the address carries the city): not exported");
        }
        return r;
    }

    private static void finess(org.hl7.fhir.r4.model.Identifier i, String value, String type, String display) {
        i.setSystem(FhirSystems.FINESS_OID).setValue(value).setUse(org.hl7.fhir.r4.model.Identifier.IdentifierUse.OFFICIAL)
                .getType().addCoding().setSystem(FhirSystems.V2_0203).setCode(type).setDisplay(display);
    }

    private static void period(org.hl7.fhir.r4.model.Organization r, java.time.LocalDate from, java.time.LocalDate to) {
        if (from == null && to == null) {
            return;
        }
        org.hl7.fhir.r4.model.Period p = new org.hl7.fhir.r4.model.Period();
        if (from != null) {
            p.setStartElement(new org.hl7.fhir.r4.model.DateTimeType(from.toString()));
        }
        if (to != null) {
            p.setEndElement(new org.hl7.fhir.r4.model.DateTimeType(to.toString()));
        }
        r.addExtension(FhirSystems.ORGANIZATION_PERIOD, p);
    }

    private static Optional<String> value(java.util.List<Identifier> ids, IdentifierScheme scheme) {
        return ids.stream().filter(i -> i.scheme() == scheme).map(Identifier::value).findFirst();
    }

    /** A Maillage id as a FHIR id: letters, digits, '-' and '.', at most 64 characters. */
    static String fhirId(String id) {
        String s = id.replaceAll("[^A-Za-z0-9.-]", "-");
        return s.length() <= 64 ? s : s.substring(0, 64);
    }
}
