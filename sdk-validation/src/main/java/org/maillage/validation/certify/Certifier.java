package org.maillage.validation.certify;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.maillage.core.internal.InputFile;
import org.maillage.json.DatasetFormat;
import org.maillage.validation.Finding;
import org.maillage.validation.Layer;
import org.maillage.validation.Report;
import org.maillage.validation.Validator;
import org.maillage.validation.waiver.Waivers;

/**
 * Certifies files at a level: runs the validation layers of the level (with the named profile
 * for level 3), hashes the files, and makes the unsigned {@link Certificate}. Immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class Certifier {

    private final Level level;
    private final String profile;
    private final Waivers waivers;
    private final Validator validator;
    private final Clock clock;

    private Certifier(Level level, String profile, Waivers waivers, Clock clock) {
        if (level == Level.NONE) {
            throw new IllegalArgumentException("the level to certify is 1 to 3");
        }
        this.level = level;
        this.profile = profile == null ? Validator.DEFAULT_PROFILE : profile;
        this.waivers = Objects.requireNonNull(waivers, "waivers");
        this.clock = Objects.requireNonNull(clock, "clock");
        EnumSet<Layer> layers = EnumSet.noneOf(Layer.class);
        level.layers().forEach(l -> layers.add(Layer.valueOf(l.toUpperCase(Locale.ROOT))));
        this.validator = Validator.builder().layers(layers).profile(this.profile).waivers(waivers).clock(clock).build();
    }

    /**
     * A certifier at a level.
     *
     * @param level the level requested, 1 to 3
     * @param profile the profile of rules (level 3), or null for the validator's default profile
     * @return the certifier, dating certificates with the system clock
     */
    public static Certifier at(Level level, String profile) {
        return new Certifier(level, profile, Waivers.none(), Clock.systemUTC());
    }

    /**
     * @param value the clock that dates certificates; waivers expire against its date too
     * @return a copy with that clock
     */
    public Certifier withClock(Clock value) {
        return new Certifier(level, profile, waivers, value);
    }

    /**
     * Waivers to apply: the findings they cover do not block a level, and the certificate lists
     * each waiver in effect with its justification, expiry, scope and the number of findings it
     * covered. An expired or unscoped waiver waives nothing and is counted as a finding of its own
     * ({@code waiver.expired}, {@code waiver.unscoped}).
     *
     * @param value the waivers
     * @return a copy with those waivers
     */
    public Certifier withWaivers(Waivers value) {
        return new Certifier(level, profile, value, clock);
    }

    /**
     * Checks and hashes files and makes their certificate, unsigned. Each file is read once: the
     * bytes validated are the bytes hashed. Only regular files are certified.
     *
     * @param files the files
     * @param certificateFolder the folder the certificate will be written in: file names are
     *     recorded relative to it
     * @param tool the certifying tool
     * @return the certificate; {@link Certificate#passed()} says whether the level was reached
     * @throws IOException when a file cannot be read or is not a regular file
     */
    public Certificate certify(List<Path> files, Path certificateFolder, Certificate.Tool tool) throws IOException {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("nothing to certify");
        }
        List<CertifiedFile> hashed = new ArrayList<>();
        List<Report> reports = new ArrayList<>();
        for (Path file : files) {
            // One read: the bytes validated are the bytes hashed, so a file swapped while it is
            // certified cannot get the verdict of one content and the hash of another.
            InputFile.requireRegular(file);
            MessageDigest digest = CertifiedFile.newDigest();
            try (InputStream raw = Files.newInputStream(file);
                    DigestInputStream in = new DigestInputStream(raw, digest);
                    CountingStream counted = new CountingStream(in)) {
                try {
                    reports.add(validator.validate(new BufferedInputStream(new KeptOpen(counted), 1 << 16), DatasetFormat.of(file),
                            file.toString()));
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
                counted.transferTo(OutputStream.nullOutputStream()); // what validation did not need is hashed too
                hashed.add(new CertifiedFile(CertifiedFile.nameOf(file, certificateFolder),
                        HexFormat.of().formatHex(digest.digest()), counted.count));
            }
        }
        Report report = Report.combine(reports);
        Certificate.Profile p = level == Level.POLICY ? new Certificate.Profile(profile, report.catalogueVersion()) : null;
        return Certificate.assess(hashed, report.schemaVersion(), report.catalogueVersion(), p, level,
                ruleCounts(report), waivers(report), tool, clock.instant().truncatedTo(ChronoUnit.SECONDS));
    }

    /** A stream whose closing leaves the stream below open: the rest of the file is hashed after validation. */
    private static final class KeptOpen extends FilterInputStream {
        KeptOpen(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return in.read(b, off, len);
        }

        @Override
        public void close() {
            // the caller closes the stream below
        }
    }

    /** Counts the bytes read through it. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            // skipped bytes must be hashed too: read them instead
            long done = 0;
            byte[] buffer = new byte[8192];
            while (done < n) {
                int r = read(buffer, 0, (int) Math.min(buffer.length, n - done));
                if (r < 0) {
                    break;
                }
                done += r;
            }
            return done;
        }
    }

    /** The waivers in effect during a validation, as the certificate lists them, in file order. */
    static List<WaiverEntry> waivers(Report report) {
        return report.waivers().stream().map(a -> new WaiverEntry(a.waiver().ruleId(), a.waiver().scope(),
                a.waiver().justification(), a.waiver().expires(), a.findingsWaived())).toList();
    }

    /**
     * What each rule found in a report, with the rule's layer, severity and priority and the
     * messages of its first finding in the report's order: filled messages a person can read (the
     * catalogue's templates hold {@code {placeholders}}), the same for the same report.
     *
     * @param report the report
     * @return one count per rule with findings, sorted by rule id
     */
    static List<RuleCount> ruleCounts(Report report) {
        Map<String, Finding> first = new LinkedHashMap<>();
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (Finding f : report.findings()) {
            first.putIfAbsent(f.ruleId(), f);
            counts.computeIfAbsent(f.ruleId(), k -> new long[2])[f.waived() ? 1 : 0]++;
        }
        List<RuleCount> out = new ArrayList<>();
        first.forEach((id, f) -> out.add(new RuleCount(id, code(f.layer()), code(f.severity()), code(f.priority()),
                counts.get(id)[0], counts.get(id)[1], f.message(), f.messageFr())));
        out.sort(java.util.Comparator.comparing(RuleCount::ruleId));
        return out;
    }

    private static String code(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
