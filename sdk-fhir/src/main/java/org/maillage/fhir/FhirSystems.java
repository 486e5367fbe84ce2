package org.maillage.fhir;

import java.util.Locale;
import java.util.Set;

/** The identifier and code systems of French health directories in FHIR, and how to recognise them. */
final class FhirSystems {
    private FhirSystems() {}

    /** FINESS numbers, by OID (establishments and legal entities alike; the identifier type tells which). */
    static final String FINESS_OID = "urn:oid:1.2.250.1.71.4.2.2";
    /** The URI spellings of the FINESS system some publishers use. */
    static final Set<String> FINESS_URIS = Set.of("http://finess.sante.gouv.fr", "https://finess.sante.gouv.fr",
            "http://finess.esante.gouv.fr", "https://finess.esante.gouv.fr");
    /** SIRET and SIREN as FINESS published in FHIR writes them. */
    static final String SIRENE = "http://sirene.fr";
    /** The HL7 identifier types where FINEG and FINEJ are. */
    static final String V2_0203 = "http://terminology.hl7.org/CodeSystem/v2-0203";
    /** FINESS establishment categories as a value set of the FINESS site. */
    static final String CAT_ETAB = "http://finess.sante.gouv.fr/valuesets/CAT_ETAB";
    /** The ANS nomenclature of establishment categories. */
    static final String TRE_R66 = "https://mos.esante.gouv.fr/NOS/TRE_R66-CategorieEtablissement/FHIR/TRE-R66-CategorieEtablissement";
    /** The organisation period extension. */
    static final String ORGANIZATION_PERIOD = "http://hl7.org/fhir/StructureDefinition/organization-period";
    /** Codings that restate what the resource is (a provider, a geographical entity): not data to carry. */
    static final Set<String> RESTATING = Set.of("http://hl7.org/fhir/organization-type",
            "http://terminology.hl7.org/CodeSystem/organization-type", "http://terminology.hl7.org/CodeSystem/v2-3307");

    static boolean finess(String system) {
        return system != null && (system.equals(FINESS_OID) || FINESS_URIS.contains(strip(system)));
    }

    /** A SIRET or SIREN system: {@code http://sirene.fr} and the INSEE URIs, told by their words. */
    static boolean sirene(String system) {
        if (system == null) {
            return false;
        }
        String s = system.toLowerCase(Locale.ROOT);
        return s.contains("sirene") || s.contains("siret") || s.contains("siren") || s.contains("insee.fr");
    }

    /** A category system: CAT_ETAB of the FINESS site or TRE_R66 of the ANS, in any of its spellings. */
    static boolean category(String system) {
        if (system == null) {
            return false;
        }
        String s = system.toUpperCase(Locale.ROOT);
        return s.endsWith("/CAT_ETAB") || s.contains("TRE_R66") || s.contains("TRE-R66") || s.equals("URN:OID:1.2.250.1.213.1.6.1.8");
    }

    private static String strip(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
