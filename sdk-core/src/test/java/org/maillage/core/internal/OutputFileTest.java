package org.maillage.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class OutputFileTest {

    private static String[] listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    @Test
    void commit_replacesTheTargetOnlyAtTheEnd_andLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path target = Files.writeString(dir.resolve("out.json"), "old");
        try (OutputFile out = OutputFile.open(target)) {
            out.stream().write("new".getBytes(StandardCharsets.UTF_8));
            out.stream().flush();
            assertThat(Files.readString(target)).isEqualTo("old");
            out.commit();
        }
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(listing(dir)).containsExactly("out.json");
    }

    @Test
    void close_withoutCommit_leavesThePreviousFileAndRemovesTheTemporaryOne(@TempDir Path dir) throws IOException {
        Path target = Files.writeString(dir.resolve("out.json"), "old");
        try (OutputFile out = OutputFile.open(target)) {
            out.stream().write(new byte[200_000]);
        }
        assertThat(Files.readString(target)).isEqualTo("old");
        assertThat(listing(dir)).containsExactly("out.json");
    }

    @Test
    void aFailedWrite_isKept_andCommitThrowsIt_evenBehindAPrintWriter(@TempDir Path dir) throws IOException {
        Path target = Files.writeString(dir.resolve("out.txt"), "old");
        OutputFile out = OutputFile.open(target);
        IOException full = new IOException("No space left on device");
        // a writer that fails like a full disk, seen through the guard: simulated by a direct output
        OutputFile failing = OutputFile.of(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw full;
            }
        }, "standard output");
        PrintWriter swallowing = new PrintWriter(failing.stream());
        swallowing.print("a report");
        swallowing.flush(); // PrintWriter swallows the exception
        assertThat(failing.failure()).isSameAs(full);
        assertThatThrownBy(failing::commit).isSameAs(full);
        out.close();
        assertThat(Files.readString(target)).isEqualTo("old");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aDevice_isWrittenDirectly_andAFullDeviceFailsTheCommit() throws IOException {
        try (OutputFile nul = OutputFile.open(Path.of("/dev/null"))) {
            nul.stream().write(1);
            nul.commit();
        }
        OutputFile full = OutputFile.open(Path.of("/dev/full"));
        full.stream().write(new byte[10]);
        assertThatThrownBy(full::commit).isInstanceOf(IOException.class).hasMessageContaining("No space left on device");
        full.close();
        assertThat(OutputFile.isSpecial(Path.of("/dev/null"))).isTrue();
    }

    @Test
    void aFolder_orAMissingFolder_isRefusedWithItsReason(@TempDir Path dir) {
        assertThatThrownBy(() -> OutputFile.open(dir)).isInstanceOf(FileSystemException.class).hasMessageContaining("is a folder");
        assertThatThrownBy(() -> OutputFile.open(dir.resolve("none/out.json"))).isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining("does not exist");
        assertThatThrownBy(() -> OutputFile.open(Path.of(""))).isInstanceOf(FileSystemException.class)
                .hasMessageContaining("not a file name");
    }

    @Test
    void aSymbolicLink_isKept_andTheFileItNamesReplaced(@TempDir Path dir) throws IOException {
        Path real = Files.writeString(dir.resolve("real.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real.getFileName());
        try (OutputFile out = OutputFile.open(link)) {
            out.stream().write('x');
            out.commit();
        }
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("x");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aReplacedFile_keepsItsPermissions(@TempDir Path dir) throws IOException {
        Path target = Files.writeString(dir.resolve("out.json"), "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));
        try (OutputFile out = OutputFile.open(target)) {
            out.stream().write('x');
            out.commit();
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r-----");
    }

    @Test
    void aStream_isFlushedNotClosed() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OutputFile out = OutputFile.of(bytes, "standard output");
        out.stream().write("abc".getBytes(StandardCharsets.UTF_8));
        assertThat(bytes.size()).isZero();
        out.commit();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("abc");
        assertThat(out.name()).isEqualTo("standard output");
    }
}
