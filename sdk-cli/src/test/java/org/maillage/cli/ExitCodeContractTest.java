package org.maillage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exit codes as a contract (issue 13): every failure a user can cause, for every command, is
 * 1 (bad data), 2 (usage) or 3 (an input unreadable, an output unwritable), with a message that
 * says it, never 70 and never a stack trace; an output that existed before a failed command is
 * left as it was, with no temporary file beside it.
 */
class ExitCodeContractTest {

    private static final Path ARIEGE = Path.of("../examples/data/ariege.json");
    private static final Path CORSE = Path.of("../examples/data/corse-du-sud.json");

    @TempDir
    static Path keys;

    @BeforeAll
    static void makeKeys() {
        assertThat(MainTest.run("keygen", "-o", keys.resolve("ars").toString()).code()).isZero();
    }

    /** What a row prepares in its folder: the arguments, and a file the failed command must leave as it was. */
    record Given(String[] args, Path untouched) {
        static Given of(String... args) {
            return new Given(args, null);
        }

        Given keeping(Path file) {
            return new Given(args, file);
        }
    }

    @FunctionalInterface
    interface Setup {
        Given in(Path dir) throws Exception;
    }

    /** One row: a failure class, the exit code it gives, and words its message must hold. */
    record Row(String name, Setup setup, int code, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Row row(String name, int code, String message, Setup setup) {
        return new Row(name, setup, code, message);
    }

    static Path copy(Path dir, Path source, String name) throws IOException {
        return Files.copy(source, dir.resolve(name));
    }

    static Path write(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    static Path fifo(Path dir, String name) throws IOException, InterruptedException {
        Path p = dir.resolve(name);
        Process mk = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
        assertThat(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0).as("mkfifo").isTrue();
        return p;
    }

    static String s(Path p) {
        return p.toString();
    }

    static Path certified(Path dir) throws IOException {
        Path data = copy(dir, ARIEGE, "a.json");
        Path cert = dir.resolve("a.cert.json");
        MainTest.Run r = MainTest.run("certify", s(data), "--level", "1", "--key", s(keys.resolve("ars.key")), "-o", s(cert));
        assertThat(r.code()).as(r.err()).isZero();
        return cert;
    }

    static Stream<Row> rows() {
        return Stream.of(
                // 1. an output that is an input: refused before anything is read (usage, exit 2)
                row("validate -o its input", 2, "is the input", d -> {
                    Path a = copy(d, ARIEGE, "a.json");
                    return Given.of("validate", s(a), "-o", s(a)).keeping(a);
                }),
                row("validate -o its input through a hard link", 2, "is the input", d -> {
                    Path a = copy(d, ARIEGE, "a.json");
                    Path link = Files.createLink(d.resolve("link.txt"), a);
                    return Given.of("validate", s(a), "-o", s(link)).keeping(a);
                }),
                row("validate -o its input through a symbolic link", 2, "is the input", d -> {
                    Path a = copy(d, ARIEGE, "a.json");
                    Path link = Files.createSymbolicLink(d.resolve("link.txt"), a);
                    return Given.of("validate", s(a), "-o", s(link)).keeping(a);
                }),
                row("validate -o its waivers file", 2, "is the input", d -> {
                    Path a = copy(d, ARIEGE, "a.json");
                    Path w = write(d, "w.json", "{\"waivers\": []}");
                    return Given.of("validate", s(a), "--waivers", s(w), "-o", s(w)).keeping(w);
                }),
                row("diff -o its first input", 2, "is the input", d -> {
                    Path a = copy(d, ARIEGE, "a.json");
                    Path b = copy(d, CORSE, "b.json");
                    return Given.of("diff", s(a), s(b), "-o", s(a)).keeping(a);
                }),
                row("patch -o its input", 2, "is the input", d -> {
                    Path a = copy(d, ARIEGE, "a.json");
                    Path p = write(d, "p.json", "[]");
                    return Given.of("patch", s(a), s(p), "-o", s(a)).keeping(a);
                }),
                row("certify -o the file it certifies", 2, "is the input", d -> {
                    Path a = copy(d, ARIEGE, "a.json");
                    return Given.of("certify", s(a), "--level", "1", "-o", s(a)).keeping(a);
                }),
                row("export fhir -o its input", 2, "is the input", d -> {
                    Path a = copy(d, ARIEGE, "a.json");
                    return Given.of("export", "fhir", s(a), "-o", s(a)).keeping(a);
                }),
                // 1. a failed write: exit 3 with the reason, whatever the format
                row("validate -o /dev/full (text)", 3, "No space left on device", d -> Given.of("validate", s(ARIEGE), "-o", "/dev/full")),
                row("validate -o /dev/full (json)", 3, "No space left on device",
                        d -> Given.of("validate", s(ARIEGE), "-f", "json", "-o", "/dev/full")),
                row("validate -o /dev/full (sarif)", 3, "No space left on device",
                        d -> Given.of("validate", s(ARIEGE), "-f", "sarif", "-o", "/dev/full")),
                row("validate -o /dev/full (junit)", 3, "No space left on device",
                        d -> Given.of("validate", s(ARIEGE), "-f", "junit", "-o", "/dev/full")),
                row("validate -o /dev/full (html)", 3, "No space left on device",
                        d -> Given.of("validate", s(ARIEGE), "-f", "html", "-o", "/dev/full")),
                row("diff -o /dev/full", 3, "No space left on device", d -> Given.of("diff", s(ARIEGE), s(CORSE), "-o", "/dev/full")),
                row("diff -f patch -o /dev/full", 3, "No space left on device",
                        d -> Given.of("diff", s(ARIEGE), s(CORSE), "-f", "patch", "-o", "/dev/full")),
                row("patch -o /dev/full", 3, "No space left on device", d -> {
                    Path p = write(d, "p.json", "[]");
                    return Given.of("patch", s(ARIEGE), s(p), "-o", "/dev/full");
                }),
                row("generate -o /dev/full", 3, "No space left on device", d -> Given.of("generate", "--size", "departement", "-o", "/dev/full")),
                row("export fhir -o /dev/full", 3, "No space left on device", d -> Given.of("export", "fhir", s(ARIEGE), "-o", "/dev/full")),
                row("validate -o into a missing folder", 3, "cannot write", d -> Given.of("validate", s(ARIEGE), "-o",
                        s(d.resolve("none/report.txt")))),
                row("validate -o a folder", 3, "cannot write", d -> Given.of("validate", s(ARIEGE), "-o", s(d))),
                // 1. non-regular inputs: refused at once (nothing blocks), exit 3
                row("validate a FIFO", 3, "a pipe", d -> Given.of("validate", s(fifo(d, "in.json")))),
                row("validate /dev/zero", 3, "not a regular file", d -> Given.of("validate", "/dev/zero")),
                row("validate a folder without datasets", 3, "holds no .json", d -> Given.of("validate", s(d))),
                row("validate a missing file", 3, "no such file", d -> Given.of("validate", s(d.resolve("none.json")))),
                row("diff a FIFO", 3, "a pipe", d -> Given.of("diff", s(fifo(d, "in.json")), s(ARIEGE))),
                row("patch with a FIFO patch", 3, "a pipe", d -> Given.of("patch", s(ARIEGE), s(fifo(d, "p.json")))),
                row("verify a FIFO", 3, "a pipe", d -> Given.of("verify", s(fifo(d, "c.json")))),
                row("certify /dev/zero", 3, "not a regular file", d -> Given.of("certify", "/dev/zero", "--level", "1", "-o",
                        s(d.resolve("c.json")))),
                row("validate --waivers /dev/zero", 3, "not a regular file", d -> Given.of("validate", s(ARIEGE), "--waivers",
                        "/dev/zero")),
                row("import cog when a data file is a folder", 3, "cannot read", d -> {
                    Path data = Files.createDirectories(d.resolve("data"));
                    Files.createDirectories(data.resolve("communes.json"));
                    return Given.of("import", "cog", s(data), "-o", s(d.resolve("cog.json")));
                }),
                // 2. certificates
                row("verify a certificate followed by more JSON", 1, "content after the certificate", d -> {
                    Path cert = certified(d);
                    Files.write(cert, Files.readAllBytes(cert), java.nio.file.StandardOpenOption.APPEND);
                    return Given.of("verify", s(cert));
                }),
                row("verify a certificate whose certified file became a FIFO", 1, "not a regular file", d -> {
                    Path cert = certified(d);
                    Files.delete(d.resolve("a.json"));
                    fifo(d, "a.json");
                    return Given.of("verify", s(cert));
                }),
                row("verify a forged certificate naming /dev/zero stops at the signature", 1, "signature", d -> {
                    Path cert = certified(d);
                    Files.writeString(cert, Files.readString(cert).replace("\"a.json\"", "\"/dev/zero\""));
                    return Given.of("verify", s(cert));
                }),
                row("verify a certificate larger than the limit", 3, "the limit for a certificate", d -> {
                    Path big = d.resolve("big.json");
                    try (var ch = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
                            java.nio.file.StandardOpenOption.WRITE)) {
                        ch.write(java.nio.ByteBuffer.wrap(new byte[] {' '}), 3L << 30); // sparse: 3 GB read as zeros
                    }
                    return Given.of("verify", s(big));
                }),
                row("verify with another trusted key prints both fingerprints", 1, "not by the trusted key", d -> {
                    Path cert = certified(d);
                    assertThat(MainTest.run("keygen", "-o", s(d.resolve("other"))).code()).isZero();
                    return Given.of("verify", s(cert), "--public-key", s(d.resolve("other.pub")));
                }),
                // 3. honest patches
                row("patch adding a member the model does not know", 1, "/territories/0/mayor", d -> {
                    Path p = write(d, "p.json", "[{\"op\": \"add\", \"path\": \"/territories/0/mayor\", \"value\": \"X\"}]");
                    Path out = write(d, "out.json", "previous");
                    return Given.of("patch", s(ARIEGE), s(p), "-o", s(out)).keeping(out);
                }),
                row("patch turning the territories into a string", 1, "/territories", d -> {
                    Path p = write(d, "p.json", "[{\"op\": \"replace\", \"path\": \"/territories\", \"value\": \"str\"}]");
                    return Given.of("patch", s(ARIEGE), s(p));
                }),
                row("patch of a base holding an unknown member", 1, "holds what the model cannot", d -> {
                    Path a = write(d, "a.json", Files.readString(ARIEGE).replaceFirst("\"id\": \"region:76\",",
                            "\"id\": \"region:76\", \"mayor\": \"X\","));
                    return Given.of("patch", s(a), s(write(d, "p.json", "[]")));
                }),
                row("patch of 40 copies doubling the document", 1, "more than", d -> {
                    StringBuilder sb = new StringBuilder("[");
                    for (int i = 0; i < 40; i++) {
                        sb.append(i == 0 ? "" : ",").append("{\"op\":\"copy\",\"from\":\"/territories\",\"path\":\"/territories/0/x\"}");
                    }
                    return Given.of("patch", s(ARIEGE), s(write(d, "p.json", sb.append("]").toString())));
                }),
                row("patch nesting 501 deep", 1, "exceeds the maximum allowed (64)", d -> {
                    String value = "[".repeat(501) + "]".repeat(501);
                    return Given.of("patch", s(ARIEGE), s(write(d, "p.json",
                            "[{\"op\":\"add\",\"path\":\"/territories/0/x\",\"value\":" + value + "}]")));
                }),
                row("patch that is not JSON", 1, "is not JSON", d -> Given.of("patch", s(ARIEGE), s(write(d, "p.json", "[{")))),
                row("rendered patch applied to another base", 1, "does not apply", d -> {
                    Path p = d.resolve("p.json");
                    assertThat(MainTest.run("diff", s(ARIEGE), s(CORSE), "-f", "patch", "-o", s(p)).code()).isEqualTo(1);
                    return Given.of("patch", s(CORSE), s(p));
                }),
                // 4. empty lists and unknown options: usage
                row("validate --layers ,", 2, "empty layer name", d -> Given.of("validate", s(ARIEGE), "--layers", ",")),
                row("validate --layers ''", 2, "empty layer name", d -> Given.of("validate", s(ARIEGE), "--layers", "")),
                row("validate --layers schema,", 2, "empty layer name", d -> Given.of("validate", s(ARIEGE), "--layers", "schema,")),
                row("validate --layers bogus", 2, "bogus", d -> Given.of("validate", s(ARIEGE), "--layers", "bogus")),
                row("diff --ignore ''", 2, "--ignore", d -> Given.of("diff", s(ARIEGE), s(CORSE), "--ignore", "")),
                row("import cog --departement ,", 2, "--departement", d -> Given.of("import", "cog", s(d), "--departement", ",",
                        "-o", s(d.resolve("c.json")))),
                row("verify --files ''", 2, "--files", d -> Given.of("verify", s(certified(d)), "--files", "")),
                row("an unknown option", 2, "Unknown option: '--x'. Try 'maillage validate --help'",
                        d -> Given.of("validate", "--x", s(ARIEGE))),
                row("an unknown format", 2, "bogus", d -> Given.of("validate", s(ARIEGE), "-f", "bogus")),
                row("validate FILE ''", 2, "an empty value", d -> Given.of("validate", s(ARIEGE), "")),
                row("validate twice standard input", 2, "only once", d -> Given.of("validate", "-", "-")),
                row("completion of an unknown shell", 2, "fish", d -> Given.of("completion", "fish")),
                // 7. keys
                row("keygen -o ''", 2, "names none", d -> Given.of("keygen", "-o", "")),
                row("keygen -o a folder/", 2, "names a folder", d -> Given.of("keygen", "-o", d + "/")),
                row("keygen when the .key name is taken writes neither", 3, "already exists", d -> {
                    Files.createDirectories(d.resolve("k.key"));
                    return Given.of("keygen", "-o", s(d.resolve("k")));
                }),
                row("certify with an RSA key", 2, "an RSA private key, not an Ed25519 one", d -> {
                    Path key = d.resolve("rsa.key");
                    var pair = java.security.KeyPairGenerator.getInstance("RSA").generateKeyPair();
                    Files.writeString(key, "-----BEGIN PRIVATE KEY-----\n"
                            + java.util.Base64.getMimeEncoder().encodeToString(pair.getPrivate().getEncoded())
                            + "\n-----END PRIVATE KEY-----\n");
                    return Given.of("certify", s(copy(d, ARIEGE, "a.json")), "--level", "1", "--key", s(key), "-o",
                            s(d.resolve("c.json")));
                }),
                // 10. plain messages
                row("diff of a date that does not exist", 3, "date 2026-02-30 does not exist", d -> {
                    Path a = write(d, "a.json", Files.readString(ARIEGE).replace("\"referenceDate\": \"2026-01-01\"",
                            "\"referenceDate\": \"2026-02-30\""));
                    return Given.of("diff", s(a), s(CORSE));
                }),
                row("conformance run with a corpus case naming /dev/zero", 1, "not a regular file", d -> {
                    Path corpus = Files.createDirectories(d.resolve("corpus"));
                    write(corpus, "zero.json", "{\"description\": \"d\", \"tests\": [{\"description\": \"zero\","
                            + " \"file\": \"/dev/zero\", \"valid\": true}]}");
                    return Given.of("conformance", "run", "--implementation", "true", "--corpus", s(corpus));
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void everyFailureAUserCanCause_hasItsExitCodeAndAPlainMessage(Row row, @TempDir Path dir) throws Exception {
        Given given = row.setup().in(dir);
        byte[] before = given.untouched() == null ? null : Files.readAllBytes(given.untouched());
        MainTest.Run r = MainTest.run(given.args());
        assertThat(r.code()).as("exit code of %s; stderr: %s", row.name(), r.err()).isEqualTo(row.code());
        assertThat(r.err()).as("stderr of %s", row.name()).contains(row.message())
                .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("internal error");
        if (before != null) {
            assertThat(Files.readAllBytes(given.untouched())).as("%s left as it was", given.untouched()).isEqualTo(before);
            assertThat(leftovers(given.untouched().getParent())).as("temporary files").isEmpty();
        }
    }

    static List<Path> leftovers(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(".") && p.getFileName().toString().endsWith(".tmp"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
