package org.maillage.validation.certify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.validation.Finding;
import org.maillage.validation.Layer;
import org.maillage.validation.Priority;
import org.maillage.validation.Report;
import org.maillage.validation.Severity;
import org.maillage.validation.waiver.Waiver;
import org.maillage.validation.waiver.Waivers;

class CertifierTest {

    private static Finding finding(String rule, Layer layer, Priority priority, boolean waived) {
        return new Finding(rule, Severity.ERROR, priority, layer, "m", "m fr", "/x", 1, 1, null, "", "", "src", "a.json",
                waived, waived ? "because" : null);
    }

    @Test
    void ruleCounts_countUnwaivedAndWaivedFindingsPerRule() {
        Report report = Report.of(List.of("a.json"), List.of(finding("ref.unknown", Layer.REFERENCES, Priority.MANDATORY, false),
                finding("ref.unknown", Layer.REFERENCES, Priority.MANDATORY, true),
                finding("ref.unknown", Layer.REFERENCES, Priority.MANDATORY, false),
                finding("custom.x", Layer.RULES, Priority.RECOMMENDED, false)), "1.0.0", "1.0.0");
        List<RuleCount> counts = Certifier.ruleCounts(report);
        assertThat(counts).extracting(RuleCount::ruleId, RuleCount::layer, RuleCount::priority, RuleCount::findings, RuleCount::waived)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("custom.x", "rules", "recommended", 1L, 0L),
                        org.assertj.core.groups.Tuple.tuple("ref.unknown", "references", "mandatory", 2L, 1L));
        assertThat(Levels.reached(Level.POLICY, counts)).isEqualTo(Level.STRUCTURE);
    }

    @Test
    void ruleCounts_ofAWaivedOnlyReport_blockNothing() {
        Report report = Report.of(List.of("a.json"), List.of(finding("schema.type", Layer.SCHEMA, Priority.MANDATORY, true)),
                "1.0.0", "1.0.0");
        assertThat(Levels.reached(Level.POLICY, Certifier.ruleCounts(report))).isEqualTo(Level.POLICY);
    }

    private static final Path BROKEN = Path.of("../examples/data/ariege-broken.json");
    private static final Clock MARCH_2026 = Clock.fixed(Fixtures.ISSUED, ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static Waivers unknownParent(LocalDate expires) {
        return Waivers.of("waivers.json", List.of(new Waiver("ref.unknown", null, "/territories/2/parents",
                "Le département parent est livré dans un second fichier.", expires, "ARS Occitanie")));
    }

    @Test
    void certify_withAWaiver_listsItWithItsJustificationExpiryScopeAndCount_andCountsTheFindingAsWaived() throws IOException {
        Certificate c = Certifier.at(Level.CONSISTENCY, null).withClock(MARCH_2026)
                .withWaivers(unknownParent(LocalDate.of(2026, 12, 31))).certify(List.of(BROKEN), dir, Fixtures.TOOL);
        assertThat(c.waivers()).containsExactly(new WaiverEntry("ref.unknown", "/territories/2/parents",
                "Le département parent est livré dans un second fichier.", LocalDate.of(2026, 12, 31), 1));
        assertThat(c.rules()).filteredOn(r -> r.ruleId().equals("ref.unknown"))
                .singleElement().satisfies(r -> assertThat(r.waived()).isEqualTo(1));
        assertThat(c.rules()).extracting(RuleCount::ruleId).doesNotContain("waiver.expired", "waiver.unused");
    }

    @Test
    void certify_withAnExpiredWaiver_reportsIt_andTheFindingIsNotWaived() throws IOException {
        Certificate c = Certifier.at(Level.CONSISTENCY, null).withClock(MARCH_2026)
                .withWaivers(unknownParent(LocalDate.of(2026, 2, 28))).certify(List.of(BROKEN), dir, Fixtures.TOOL);
        assertThat(c.waivers()).as("an expired waiver is not in effect").isEmpty();
        assertThat(c.rules()).filteredOn(r -> r.ruleId().equals("waiver.expired"))
                .singleElement().satisfies(r -> assertThat(r.findings()).isEqualTo(1));
        assertThat(c.rules()).filteredOn(r -> r.ruleId().equals("ref.unknown"))
                .singleElement().satisfies(r -> assertThat(r.waived()).isZero());
    }

    private static final Path VALID = Path.of("../examples/data/ariege.json");

    /** The certificate of one file certified alone, as a plain file: what a certificate of those bytes must say. */
    private Certificate certifiedAlone(Path source) throws IOException {
        Path alone = Files.createDirectories(dir.resolve("alone-" + source.getFileName())).resolve("export.json");
        Files.copy(source, alone);
        return Certifier.at(Level.CONSISTENCY, null).withClock(MARCH_2026).certify(List.of(alone), alone.getParent(), Fixtures.TOOL);
    }

    /**
     * Issue 13 item 2: a file that another content replaces while it is certified. Its first
     * opening reads one content, every later opening another; the certificate must carry the hash,
     * size and level of the bytes that were validated, whichever comes first, and the file is
     * opened once.
     */
    @Test
    void certify_ofAFileThatChangesBetweenReads_hashesAndJudgesTheSameBytes_readingThemOnce() throws IOException {
        Certificate valid = certifiedAlone(VALID);
        Certificate broken = certifiedAlone(BROKEN);
        assertThat(valid.levelReached()).as("the two contents must reach different levels").isEqualTo(2);
        assertThat(broken.levelReached()).isLessThan(2);
        assertThat(valid.files().get(0).sha256()).isNotEqualTo(broken.files().get(0).sha256());

        for (List<Path> versions : List.of(List.of(VALID, BROKEN), List.of(BROKEN, VALID))) {
            Certificate expected = versions.get(0) == VALID ? valid : broken;
            Path folder = Files.createDirectories(dir.resolve("changing-" + versions.get(0).getFileName()));
            ChangingFileSystem fs = new ChangingFileSystem(folder.resolve("export.json"), versions);
            Files.copy(versions.get(0), folder.resolve("export.json"));

            Certificate c = Certifier.at(Level.CONSISTENCY, null).withClock(MARCH_2026)
                    .certify(List.of(fs.changingFile()), fs.wrap(folder), Fixtures.TOOL);

            assertThat(fs.opens()).as("openings of the file to certify").isEqualTo(1);
            assertThat(c.files()).as("first read: " + versions.get(0)).containsExactly(
                    new CertifiedFile("export.json", CertifiedFile.sha256Hex(Files.readAllBytes(versions.get(0))),
                            Files.size(versions.get(0))));
            assertThat(c.files()).isEqualTo(expected.files());
            assertThat(c.levelReached()).isEqualTo(expected.levelReached());
            assertThat(c.rules()).isEqualTo(expected.rules());
        }
    }

    @Test
    void changingFileSystem_servesTheNextVersionAtEachOpening() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("probe"));
        ChangingFileSystem fs = new ChangingFileSystem(folder.resolve("x.json"), List.of(VALID, BROKEN));
        assertThat(Files.readAllBytes(fs.changingFile())).isEqualTo(Files.readAllBytes(VALID));
        assertThat(Files.readAllBytes(fs.changingFile())).isEqualTo(Files.readAllBytes(BROKEN));
        assertThat(Files.readAllBytes(fs.changingFile())).isEqualTo(Files.readAllBytes(BROKEN));
        assertThat(fs.opens()).isEqualTo(3);
    }
}
