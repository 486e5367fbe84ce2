package org.maillage.validation.certify;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessMode;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryStream;
import java.nio.file.FileStore;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.ProviderMismatchException;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileAttributeView;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.nio.file.spi.FileSystemProvider;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The default file system seen through a provider where one file changes each time it is opened:
 * its n-th opening reads the n-th of some real files (the last one from then on). Deterministic:
 * what a reader gets depends only on how many times it opened the file, not on timing. Everything
 * else is the default file system.
 */
final class ChangingFileSystem extends FileSystem {

    private static final FileSystem DEFAULT = FileSystems.getDefault();

    private final Provider provider = new Provider();
    private final Path changing;
    private final List<Path> versions;
    private final AtomicInteger opens = new AtomicInteger();

    /**
     * @param changing the real path of the file that changes
     * @param versions the real files its successive openings read
     */
    ChangingFileSystem(Path changing, List<Path> versions) {
        this.changing = changing.toAbsolutePath().normalize();
        this.versions = List.copyOf(versions);
    }

    /** @return how many times the changing file was opened for reading */
    int opens() {
        return opens.get();
    }

    /** @return the changing file, as a path of this file system */
    Path changingFile() {
        return wrap(changing);
    }

    /**
     * @param real a path of the default file system
     * @return the same path in this file system
     */
    Path wrap(Path real) {
        return real == null ? null : new WrappedPath(this, real);
    }

    private static Path unwrap(Path p) {
        if (p instanceof WrappedPath w) {
            return w.real;
        }
        throw new ProviderMismatchException(String.valueOf(p));
    }

    /** What a read of {@code p} reads: the next version when it is the changing file, counting the opening. */
    private Path toRead(Path p) {
        Path real = unwrap(p);
        if (!real.toAbsolutePath().normalize().equals(changing)) {
            return real;
        }
        int n = opens.getAndIncrement();
        return versions.get(Math.min(n, versions.size() - 1));
    }

    /** What the attributes of {@code p} are: those of the version the next opening would read. */
    private Path toStat(Path p) {
        Path real = unwrap(p);
        if (!real.toAbsolutePath().normalize().equals(changing)) {
            return real;
        }
        return versions.get(Math.min(opens.get(), versions.size() - 1));
    }

    @Override
    public FileSystemProvider provider() {
        return provider;
    }

    @Override
    public void close() {
        // nothing held
    }

    @Override
    public boolean isOpen() {
        return true;
    }

    @Override
    public boolean isReadOnly() {
        return false;
    }

    @Override
    public String getSeparator() {
        return DEFAULT.getSeparator();
    }

    @Override
    public Iterable<Path> getRootDirectories() {
        List<Path> roots = new ArrayList<>();
        DEFAULT.getRootDirectories().forEach(r -> roots.add(wrap(r)));
        return roots;
    }

    @Override
    public Iterable<FileStore> getFileStores() {
        return DEFAULT.getFileStores();
    }

    @Override
    public Set<String> supportedFileAttributeViews() {
        return DEFAULT.supportedFileAttributeViews();
    }

    @Override
    public Path getPath(String first, String... more) {
        return wrap(DEFAULT.getPath(first, more));
    }

    @Override
    public PathMatcher getPathMatcher(String syntaxAndPattern) {
        PathMatcher m = DEFAULT.getPathMatcher(syntaxAndPattern);
        return p -> m.matches(unwrap(p));
    }

    @Override
    public UserPrincipalLookupService getUserPrincipalLookupService() {
        return DEFAULT.getUserPrincipalLookupService();
    }

    @Override
    public WatchService newWatchService() {
        throw new UnsupportedOperationException("no watching in a test file system");
    }

    /** A path of the default file system, belonging to this one. */
    private static final class WrappedPath implements Path {
        final ChangingFileSystem fs;
        final Path real;

        WrappedPath(ChangingFileSystem fs, Path real) {
            this.fs = fs;
            this.real = real;
        }

        @Override
        public FileSystem getFileSystem() {
            return fs;
        }

        @Override
        public boolean isAbsolute() {
            return real.isAbsolute();
        }

        @Override
        public Path getRoot() {
            return fs.wrap(real.getRoot());
        }

        @Override
        public Path getFileName() {
            return fs.wrap(real.getFileName());
        }

        @Override
        public Path getParent() {
            return fs.wrap(real.getParent());
        }

        @Override
        public int getNameCount() {
            return real.getNameCount();
        }

        @Override
        public Path getName(int index) {
            return fs.wrap(real.getName(index));
        }

        @Override
        public Path subpath(int beginIndex, int endIndex) {
            return fs.wrap(real.subpath(beginIndex, endIndex));
        }

        @Override
        public boolean startsWith(Path other) {
            return other instanceof WrappedPath && real.startsWith(unwrap(other));
        }

        @Override
        public boolean endsWith(Path other) {
            return other instanceof WrappedPath && real.endsWith(unwrap(other));
        }

        @Override
        public Path normalize() {
            return fs.wrap(real.normalize());
        }

        @Override
        public Path resolve(Path other) {
            return fs.wrap(real.resolve(unwrap(other)));
        }

        @Override
        public Path relativize(Path other) {
            return fs.wrap(real.relativize(unwrap(other)));
        }

        @Override
        public URI toUri() {
            return real.toUri();
        }

        @Override
        public Path toAbsolutePath() {
            return fs.wrap(real.toAbsolutePath());
        }

        @Override
        public Path toRealPath(LinkOption... options) throws IOException {
            return fs.wrap(real.toRealPath(options));
        }

        @Override
        public WatchKey register(WatchService watcher, WatchEvent.Kind<?>[] events, WatchEvent.Modifier... modifiers) {
            throw new UnsupportedOperationException("no watching in a test file system");
        }

        @Override
        public Iterator<Path> iterator() {
            List<Path> names = new ArrayList<>();
            real.forEach(n -> names.add(fs.wrap(n)));
            return names.iterator();
        }

        @Override
        public int compareTo(Path other) {
            return real.compareTo(unwrap(other));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof WrappedPath w && w.fs == fs && w.real.equals(real);
        }

        @Override
        public int hashCode() {
            return Objects.hash(real);
        }

        @Override
        public String toString() {
            return real.toString();
        }
    }

    /** The provider: reads of the changing file go to its versions, everything else to the default provider. */
    private final class Provider extends FileSystemProvider {
        private final FileSystemProvider real = DEFAULT.provider();

        @Override
        public String getScheme() {
            return "changing";
        }

        @Override
        public FileSystem newFileSystem(URI uri, Map<String, ?> env) {
            throw new UnsupportedOperationException();
        }

        @Override
        public FileSystem getFileSystem(URI uri) {
            return ChangingFileSystem.this;
        }

        @Override
        public Path getPath(URI uri) {
            return wrap(real.getPath(uri));
        }

        @Override
        public InputStream newInputStream(Path path, OpenOption... options) throws IOException {
            return real.newInputStream(toRead(path), options);
        }

        @Override
        public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
                throws IOException {
            return real.newByteChannel(toRead(path), options, attrs);
        }

        @Override
        public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter) throws IOException {
            DirectoryStream<Path> entries = real.newDirectoryStream(unwrap(dir), p -> filter.accept(wrap(p)));
            return new DirectoryStream<>() {
                @Override
                public Iterator<Path> iterator() {
                    Iterator<Path> it = entries.iterator();
                    return new Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return it.hasNext();
                        }

                        @Override
                        public Path next() {
                            return wrap(it.next());
                        }
                    };
                }

                @Override
                public void close() throws IOException {
                    entries.close();
                }
            };
        }

        @Override
        public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
            real.createDirectory(unwrap(dir), attrs);
        }

        @Override
        public void delete(Path path) throws IOException {
            real.delete(unwrap(path));
        }

        @Override
        public void copy(Path source, Path target, CopyOption... options) throws IOException {
            real.copy(toRead(source), unwrap(target), options);
        }

        @Override
        public void move(Path source, Path target, CopyOption... options) throws IOException {
            real.move(unwrap(source), unwrap(target), options);
        }

        @Override
        public boolean isSameFile(Path path, Path path2) throws IOException {
            return real.isSameFile(unwrap(path), unwrap(path2));
        }

        @Override
        public boolean isHidden(Path path) throws IOException {
            return real.isHidden(unwrap(path));
        }

        @Override
        public FileStore getFileStore(Path path) throws IOException {
            return real.getFileStore(unwrap(path));
        }

        @Override
        public void checkAccess(Path path, AccessMode... modes) throws IOException {
            real.checkAccess(toStat(path), modes);
        }

        @Override
        public <V extends FileAttributeView> V getFileAttributeView(Path path, Class<V> type, LinkOption... options) {
            return real.getFileAttributeView(toStat(path), type, options);
        }

        @Override
        public <A extends BasicFileAttributes> A readAttributes(Path path, Class<A> type, LinkOption... options) throws IOException {
            return real.readAttributes(toStat(path), type, options);
        }

        @Override
        public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options) throws IOException {
            return real.readAttributes(toStat(path), attributes, options);
        }

        @Override
        public void setAttribute(Path path, String attribute, Object value, LinkOption... options) throws IOException {
            real.setAttribute(unwrap(path), attribute, value, options);
        }
    }
}
