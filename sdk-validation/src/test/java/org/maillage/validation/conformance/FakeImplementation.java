package org.maillage.validation.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A tiny "other implementation" for the conformance runner tests, run in its own JVM: a file
 * containing {@code "bad"} is invalid with one finding {@code fake.bad} at {@code /bad}.
 * {@code --sloppy} finds nothing ever; {@code --hang} never answers; {@code --garbage} prints
 * something that is not a report.
 */
public final class FakeImplementation {
    private FakeImplementation() {}

    /**
     * @param args mode options, then the file
     * @throws IOException when the file cannot be read
     * @throws InterruptedException never in practice
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        String mode = args.length > 1 ? args[0] : "";
        String text = Files.readString(Path.of(args[args.length - 1]), StandardCharsets.UTF_8);
        switch (mode) {
            case "--hang" -> Thread.sleep(600_000);
            case "--garbage" -> System.out.println("Everything is fine!");
            case "--sloppy" -> System.out.println("{\"valid\": true, \"findings\": []}");
            default -> System.out.println(text.contains("\"bad\"")
                    ? "{\"valid\": false, \"findings\": [{\"ruleId\": \"fake.bad\", \"pointer\": \"/bad\", \"message\": \"x\"},"
                            + " {\"ruleId\": \"fake.bad\", \"pointer\": \"/other\", \"waived\": true}]}"
                    : "{\"valid\": true, \"findings\": [], \"extra\": 1}");
        }
    }
}
