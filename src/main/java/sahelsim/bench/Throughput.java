package sahelsim.bench;

/** Whole runs completed by a pool of threads: {@code runs} in {@code seconds} of wall time. */
record Throughput(int threads, int runs, double seconds) {

    double runsPerMinute() {
        return runs * 60.0 / seconds;
    }
}
