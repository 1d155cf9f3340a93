package org.bibfolio.model;

/**
 * Told how far a long piece of work is (an import, an index build, a big export), so that the command line can draw
 * a progress bar; the work itself never knows whether anyone draws one. It may be told from several threads, and a
 * count may come after a higher one (batches finish in any order).
 */
@FunctionalInterface
public interface Progress {

    /** Progress nobody is shown. */
    Progress NONE = (done, total) -> { };

    /** {@code done} of {@code total} items are finished; the work ends with {@code done == total}. */
    void done(int done, int total);
}
