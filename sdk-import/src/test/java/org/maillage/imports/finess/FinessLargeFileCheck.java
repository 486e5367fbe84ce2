package org.maillage.imports.finess;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.maillage.json.DatasetFormat;

/** Runs one import in its own JVM for {@link FinessLargeFileTest} and prints what it did. */
final class FinessLargeFileCheck {
    private FinessLargeFileCheck() {}

    public static void main(String[] args) throws Exception {
        FinessImport r;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[2])), 1 << 16)) {
            r = FinessImporter.create().withCog(Path.of(args[1])).importTo(List.of(Path.of(args[0])), out, DatasetFormat.JSON);
        }
        System.out.println("facilities " + r.facilities());
        System.out.println("organizations " + r.organizations());
        System.out.println("positioned " + r.positioned());
        System.out.println("linked " + r.linked());
        System.out.println("notes " + r.notes().size());
        r.notes().forEach(n -> System.out.println("note " + n));
        System.out.println("maxHeap " + Runtime.getRuntime().maxMemory());
    }
}
