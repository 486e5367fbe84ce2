package org.maillage.core.codelist;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A codelist as shipped in {@code maillage-schemas}: its codes with labels, status and dates, and
 * where the list comes from. Immutable and thread-safe.
 *
 * <p>Open lists ({@link #open()}) accept codes they do not hold: such a code is worth a warning
 * that names the list and its {@link #version()}, not an error. Closed lists are Java enums and
 * schema {@code enum}s; a code outside them is an error.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class Codelist {
    private final String name;
    private final boolean open;
    private final String version;
    private final String source;
    private final String verification;
    private final List<CodelistEntry> entries;
    private final Map<String, CodelistEntry> byCode;

    /**
     * @param name the list's name, in kebab case ({@code finess-category})
     * @param open whether codes outside the list are accepted (with a warning)
     * @param version the version of the list shipped ({@code 20260505120000} for TRE_R66)
     * @param source who publishes the list, or {@code Maillage} for the project's own lists
     * @param verification how the list was checked against its source, starting with
     *     {@code verified:} or {@code unverified:}
     * @param entries the codes, in file order
     * @throws IllegalArgumentException when a code occurs twice
     */
    public Codelist(String name, boolean open, String version, String source, String verification,
            List<CodelistEntry> entries) {
        this.name = Objects.requireNonNull(name, "name");
        this.open = open;
        this.version = Objects.requireNonNull(version, "version");
        this.source = Objects.requireNonNull(source, "source");
        this.verification = Objects.requireNonNull(verification, "verification");
        this.entries = List.copyOf(entries);
        Map<String, CodelistEntry> map = new LinkedHashMap<>();
        for (CodelistEntry e : this.entries) {
            if (map.put(e.code(), e) != null) {
                throw new IllegalArgumentException("codelist " + name + ": code " + e.code() + " occurs twice");
            }
        }
        this.byCode = Map.copyOf(map);
    }

    /** @return the list's name, in kebab case */
    public String name() {
        return name;
    }

    /** @return whether codes outside the list are accepted, with a warning */
    public boolean open() {
        return open;
    }

    /** @return the version of the list shipped */
    public String version() {
        return version;
    }

    /** @return who publishes the list ({@code Maillage} for the project's own lists) */
    public String source() {
        return source;
    }

    /** @return how the list was checked against its source ({@code verified: …} or {@code unverified: …}) */
    public String verification() {
        return verification;
    }

    /** @return whether the list was checked against its source */
    public boolean verified() {
        return verification.startsWith("verified");
    }

    /** @return the codes, in file order */
    public List<CodelistEntry> entries() {
        return entries;
    }

    /**
     * The entry of a code.
     *
     * @param code the code
     * @return the entry, or empty when the list does not hold the code
     */
    public Optional<CodelistEntry> entry(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * @param code a code
     * @return whether the list holds it (deprecated or not)
     */
    public boolean contains(String code) {
        return byCode.containsKey(code);
    }

    @Override
    public String toString() {
        return name + " " + version + " (" + entries.size() + " codes)";
    }
}
