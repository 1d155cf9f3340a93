package org.bibfolio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.bibfolio.model.Progress;
import org.junit.jupiter.api.Test;

/** The one progress bar of import, index and search: drawn in place, in order, and wiped at the end. */
class ProgressBarTest {

    private final StringWriter screen = new StringWriter();
    private final ProgressBar bar = new ProgressBar(new PrintWriter(screen), "entries", 1_000);

    @Test
    void drawsEachNewPercentThenWipesTheLine() {
        bar.done(500, 2_000);
        bar.done(501, 2_000); // still 25%: not redrawn
        bar.done(2_000, 2_000);
        String first = "[#######                       ] 25% 500/2000 entries";
        String last = "[##############################] 100% 2000/2000 entries";
        assertEquals("\r" + first + "\r" + last + "\r" + " ".repeat(last.length()) + "\r", screen.toString());
    }

    @Test
    void aCountOvertakenByALaterBatchIsNotDrawnBackwards() {
        bar.done(1_500, 3_000);
        bar.done(1_000, 3_000);
        assertEquals("\r[###############               ] 50% 1500/3000 entries", screen.toString());
    }

    @Test
    void smallWorkDrawsNothing() {
        bar.done(10, 999);
        bar.done(999, 999);
        assertEquals("", screen.toString());
    }

    @Test
    void quietOrNoTerminalMeansNoBar() {
        assertSame(Progress.NONE, ProgressBar.forStderr(new PrintWriter(screen), "entries", 0, true));
        // the tests' stderr is a pipe or a file, never a terminal
        assertSame(Progress.NONE, ProgressBar.forStderr(new PrintWriter(screen), "entries", 0, false));
    }
}
