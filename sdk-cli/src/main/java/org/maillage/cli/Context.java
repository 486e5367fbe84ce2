package org.maillage.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What a run of the command line gets from its process besides the arguments: the environment
 * (language, {@code NO_COLOR}), standard input, whether standard output and standard error are
 * terminals, and the reason standard output failed, when the process knows it. {@link Main#main}
 * takes them from the process; tests give their own.
 *
 * @param env the environment variables
 * @param stdin standard input
 * @param stdoutTerminal whether standard output is a terminal (colour)
 * @param stderrTerminal whether standard error is a terminal (progress)
 * @param stdoutFailure the first failure to write standard output, when known (null otherwise)
 */
record Context(Map<String, String> env, InputStream stdin, boolean stdoutTerminal, boolean stderrTerminal,
        Supplier<IOException> stdoutFailure) {

    Context {
        env = Map.copyOf(env);
        Objects.requireNonNull(stdin, "stdin");
        Objects.requireNonNull(stdoutFailure, "stdoutFailure");
    }

    /**
     * A context with nothing from the process: no environment (French), empty standard input,
     * no terminal.
     *
     * @return the context
     */
    static Context detached() {
        return new Context(Map.of(), InputStream.nullInputStream(), false, false, () -> null);
    }

    /**
     * The context of this process.
     *
     * @param stdoutFailure the failure of standard output, when known
     * @return the context
     */
    static Context ofProcess(Supplier<IOException> stdoutFailure) {
        return new Context(System.getenv(), System.in, isTerminal(1), isTerminal(2), stdoutFailure);
    }

    /** @return a copy with another environment */
    Context withEnv(Map<String, String> value) {
        return new Context(value, stdin, stdoutTerminal, stderrTerminal, stdoutFailure);
    }

    /** @return a copy with another standard input */
    Context withStdin(InputStream value) {
        return new Context(env, value, stdoutTerminal, stderrTerminal, stdoutFailure);
    }

    /** @return a copy whose standard output is (or is not) a terminal */
    Context withStdoutTerminal(boolean value) {
        return new Context(env, stdin, value, stderrTerminal, stdoutFailure);
    }

    /**
     * Whether a file descriptor of this process is a terminal: on Linux, where
     * {@code /proc/self/fd/N} points to a {@code /dev/pts} or {@code /dev/tty} device; elsewhere,
     * whether Java sees a console (which needs standard input to be a terminal too).
     */
    private static boolean isTerminal(int fd) {
        Path link = Path.of("/proc/self/fd/" + fd);
        if (Files.isSymbolicLink(link)) {
            try {
                String target = Files.readSymbolicLink(link).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        return System.console() != null;
    }

    /**
     * The default language of reports: French when the locale of messages ({@code LC_ALL}, else
     * {@code LC_MESSAGES}, else {@code LANG}, the first that is set and not empty) is French, or
     * when none is set or it is {@code C} or {@code POSIX}; English otherwise.
     *
     * @return {@code fr} or {@code en}
     */
    String defaultLanguage() {
        String locale = null;
        for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String v = env.get(name);
            if (v != null && !v.isEmpty()) {
                locale = v;
                break;
            }
        }
        if (locale == null) {
            return "fr";
        }
        String l = locale.toLowerCase(Locale.ROOT);
        if (l.equals("c") || l.startsWith("c.") || l.equals("posix") || l.startsWith("fr")) {
            return "fr";
        }
        return "en";
    }

    /**
     * Whether to colour standard output: only on a terminal, and never when {@code NO_COLOR} is
     * set (to any value, even empty, as no-color.org asks).
     *
     * @param noColorOption whether {@code --no-color} was given
     * @return true to colour
     */
    boolean colour(boolean noColorOption) {
        return stdoutTerminal && !noColorOption && !env.containsKey("NO_COLOR");
    }
}
