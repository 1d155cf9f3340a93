package org.bibfolio.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bibfolio.app.ImportEntries;

/**
 * A one-line progress bar on stderr, redrawn in place, for long imports; drawn only when stderr is a terminal (a
 * pipe or a log file gets nothing) and only for inputs big enough to take a while.
 */
final class ProgressBar implements ImportEntries.Progress {

    /** Below this many entries an import is over before a bar would be read. */
    static final int WORTH_SHOWING = 500;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final String what;
    private int lastPercent = -1;

    ProgressBar(PrintWriter err, String what) {
        this.err = err;
        this.what = what;
    }

    /** A bar when stderr is a terminal and {@code total} is worth one; otherwise no output at all. */
    static ImportEntries.Progress forStderr(PrintWriter err, String what, int total, boolean quiet) {
        return !quiet && total >= WORTH_SHOWING && stderrIsTerminal() ? new ProgressBar(err, what) : (done, all) -> { };
    }

    @Override
    public void done(int entries, int total) {
        int percent = total == 0 ? 100 : entries * 100 / total;
        if (percent == lastPercent) {
            return;
        }
        lastPercent = percent;
        int filled = percent * WIDTH / 100;
        err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + percent + "% " + entries + "/"
                + total + " " + what);
        if (entries == total) {
            err.print("\r" + " ".repeat(WIDTH + 24 + what.length()) + "\r");
        }
        err.flush();
    }

    /**
     * Whether file descriptor 2 is a terminal. The JDK only says so for stdin and stdout together
     * ({@code System.console()}), so on Linux this reads where /proc/self/fd/2 points; elsewhere it assumes not.
     */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}
