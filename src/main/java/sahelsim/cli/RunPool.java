package sahelsim.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs independent jobs (whole runs) on a pool of threads and hands back their results in the order the jobs
 * were given, so that what is made of them never depends on the pool's size or on which run ends first.
 */
final class RunPool {

    private RunPool() {
    }

    /**
     * @param threads    runs at once
     * @param threadName the name of the pool's threads (daemons: a run left behind never keeps the program up)
     * @throws ExecutionException the first failure, in job order; an interruption is reported as one too
     */
    static <T> List<T> inOrder(List<Callable<T>> jobs, int threads, String threadName) throws ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> job : jobs) {
                futures.add(pool.submit(job));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExecutionException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
