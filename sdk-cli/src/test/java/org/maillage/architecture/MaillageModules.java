package org.maillage.architecture;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.net.URL;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The module descriptors of the Maillage library jars on the test class path, and what they
 * export to everyone (qualified exports are not API).
 */
final class MaillageModules {
    private MaillageModules() {}

    /** The library modules that must be present: their exported packages make the public API. */
    static final Set<String> LIBRARIES = Set.of("org.maillage.core", "org.maillage.json", "org.maillage.validation");

    /** Modules that are no library: the command line, and the resources-only schemas. */
    static final Set<String> NOT_LIBRARIES = Set.of("org.maillage.cli", "org.maillage.schemas");

    /**
     * Exported packages left out of the API checks: the COG importer leaves maillage-json for a
     * module of importers of its own (issue 11), where it is marked.
     */
    static final Set<String> LEAVING = Set.of("org.maillage.json.cog");

    /**
     * Whether a module is a library whose exports are API.
     *
     * @param name the module name
     * @return true for every Maillage module but the CLI and the schemas
     */
    static boolean isLibrary(String name) {
        return name.startsWith("org.maillage.") && !NOT_LIBRARIES.contains(name);
    }

    /**
     * Every Maillage module descriptor found, by name.
     *
     * @return the descriptors
     */
    static Map<String, ModuleDescriptor> descriptors() {
        Map<String, ModuleDescriptor> out = new TreeMap<>();
        try {
            for (URL url : Collections.list(MaillageModules.class.getClassLoader().getResources("module-info.class"))) {
                try (InputStream in = url.openStream()) {
                    ModuleDescriptor d = ModuleDescriptor.read(in);
                    if (d.name().startsWith("org.maillage.")) {
                        out.put(d.name(), d);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!out.keySet().containsAll(LIBRARIES)) {
            throw new IllegalStateException("the module descriptors of " + LIBRARIES + " are not all on the class path: " + out.keySet());
        }
        return out;
    }

    /**
     * The packages a module exports to everyone.
     *
     * @param d the descriptor
     * @return the package names, sorted
     */
    static Set<String> exported(ModuleDescriptor d) {
        Set<String> out = new TreeSet<>();
        for (ModuleDescriptor.Exports e : d.exports()) {
            if (!e.isQualified() && !LEAVING.contains(e.source())) {
                out.add(e.source());
            }
        }
        return out;
    }

    /**
     * The packages the library modules export to everyone.
     *
     * @return the package names
     */
    static Set<String> exportedByLibraries() {
        Set<String> out = new TreeSet<>();
        descriptors().forEach((name, d) -> {
            if (isLibrary(name)) {
                out.addAll(exported(d));
            }
        });
        return out;
    }
}
