package org.bibfolio.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bibfolio.model.Progress;

/**
 * A one-line progress bar on stderr, redrawn in place, for long work (an import, an index build): drawn only when
 * stderr is a terminal (a pipe or a log file gets nothing), never with {@code --quiet}, and only when the work has
 * enough items to take a while. One bar serves every command; the work reports to it through {@link Progress}, from
 * any thread.
 */
final class ProgressBar implements Progress {

    /** Below this many entries an import is over before a bar would be read. */
    static final int IMPORT = 500;
    /** An index build or an export of fewer entries takes about a second at most. */
    static final int INDEX_OR_EXPORT = 10_000;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final String what;
    private final int worthShowing;
    private int lastPercent = -1;
    private int lastDone = -1;
    /** The length of the line on screen, 0 when none is. */
    private int drawn;

    ProgressBar(PrintWriter err, String what, int worthShowing) {
        this.err = err;
        this.what = what;
        this.worthShowing = worthShowing;
    }

    /**
     * A bar on {@code err} for work counted in {@code what} ("entries") when stderr is a terminal and nobody asked
     * for quiet; otherwise nothing at all. It shows only once the total reaches {@code worthShowing}.
     */
    static Progress forStderr(PrintWriter err, String what, int worthShowing, boolean quiet) {
        return !quiet && isTerminal(2) ? new ProgressBar(err, what, worthShowing) : Progress.NONE;
    }

    @Override
    public synchronized void done(int done, int total) {
        if (total < worthShowing || done <= lastDone && done < total) {
            return; // small work, or a count overtaken by a batch that finished first
        }
        lastDone = done;
        int percent = total == 0 ? 100 : (int) Math.min(100, (long) done * 100 / total);
        if (percent != lastPercent) {
            lastPercent = percent;
            int filled = percent * WIDTH / 100;
            String line = "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + percent + "% " + done + "/"
                    + total + " " + what;
            err.print("\r" + line);
            drawn = line.length();
        }
        if (done >= total && drawn > 0) {
            err.print("\r" + " ".repeat(drawn) + "\r");
            drawn = 0;
        }
        err.flush();
    }

    /**
     * Whether file descriptor {@code fd} (1 for stdout, 2 for stderr) is a terminal. The JDK only says so for stdin
     * and stdout together ({@code System.console()}), so on Linux this reads where /proc/self/fd/N points; elsewhere
     * it assumes not.
     */
    static boolean isTerminal(int fd) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}
