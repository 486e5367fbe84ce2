package org.maillage.cli;

/** The documented exit codes of every {@code maillage} command. */
public final class ExitCodes {
    private ExitCodes() {}

    /** The input is valid, or the command succeeded. */
    public static final int OK = 0;
    /** The input is invalid, or differs (diff), or did not reach the level asked (certify). */
    public static final int INVALID = 1;
    /** The command line is wrong. */
    public static final int USAGE = 2;
    /** An input cannot be read, or an output cannot be written. */
    public static final int IO = 3;
    /** A bug in Maillage: an unexpected exception (printed without a stack trace). */
    public static final int INTERNAL = 70;
}
