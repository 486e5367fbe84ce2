package org.maillage.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.validation.extending.CoordinatorTimePack;
import org.maillage.validation.spi.RulePack;

/** Built-in rule packs are service providers, found through the validation module's own loader. */
class RulePackDiscoveryTest {

    @Test
    void builtInPacks_areFound_whenTheGivenClassLoaderCannotSeeThem(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(Fixtures.TEST_DIR));
        for (String name : Fixtures.TEST_SCHEMAS) {
            try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(Fixtures.TEST_DIR + name + ".schema.json")) {
                Files.copy(in, folder.resolve(name + ".schema.json"));
            }
        }
        // Its parent is the platform loader: it sees the JDK and the schema folder, not Maillage.
        try (URLClassLoader blind = new URLClassLoader(new URL[] {dir.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            assertThat(blind.getResource("META-INF/services/" + RulePack.class.getName())).isNull();
            Validator v = Validator.builder().profile("local-health").schemas(Fixtures.TEST_BASE, Fixtures.TEST_DIR, blind)
                    .build();
            assertThat(v.rulePacks()).extracting(RulePack::name).containsExactly("regulatory", "local-health");
            assertThat(Fixtures.validateText(v, Fixtures.dataset(Fixtures.ARIEGE)).valid()).isTrue();
        }
    }

    @Test
    void builtInPacks_areListedOnce_whenTheGivenClassLoaderSeesThemToo() {
        Validator v = Validator.builder().profile("local-health").build();
        assertThat(v.rulePacks()).extracting(RulePack::name).containsExactly("regulatory", "local-health");
    }

    @Test
    void builtInPacks_stayWhenDiscoveryIsOff_andPacksGivenByHandAreAdded() {
        Validator v = Validator.builder().profile("local-health").discoverRulePacks(false)
                .rulePack(new CoordinatorTimePack()).build();
        assertThat(v.rulePacks()).extracting(RulePack::name).containsExactly("regulatory", "local-health", "occitanie");
    }

    @Test
    void builtInPacks_areDeclaredAsServices_forTheClassPath() throws IOException {
        try (InputStream in = Validator.class.getResourceAsStream("/META-INF/services/" + RulePack.class.getName())) {
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines())
                    .containsExactly("org.maillage.validation.internal.rules.RegulatoryPack",
                            "org.maillage.validation.internal.rules.LocalHealthPack");
        }
    }
}
