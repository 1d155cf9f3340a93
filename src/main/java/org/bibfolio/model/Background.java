package org.bibfolio.model;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Start-up work done on a second thread while the first does other start-up work (building the command's model,
 * reading the library, parsing a CSL style). A short run is mostly cold code that runs once, so on two cores it ends sooner; the result
 * is taken where it is needed, and a failure is thrown there as if the work had run in place.
 */
public final class Background {

    private Background() {
    }

    public static <T> FutureTask<T> start(String name, Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    /** The result of {@code task}, or the exception its work threw. */
    public static <T> T result(FutureTask<T> task) throws Exception {
        try {
            return task.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : new IllegalStateException(e.getCause());
        }
    }

    /** The result of {@code task} whose work throws no checked exception, or the unchecked one it threw. */
    public static <T> T unchecked(FutureTask<T> task) {
        try {
            return result(task);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
