package sahelsim.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import sahelsim.io.AtomicFiles;
import sahelsim.io.BuildInfo;
import sahelsim.io.CsvTable;
import sahelsim.io.Json;
import sahelsim.io.NumberText;
import sahelsim.load.ScenarioLoader;
import sahelsim.load.ScenarioText;
import sahelsim.load.ShippedGeography;
import sahelsim.model.Seeds;
import sahelsim.observe.Outcome;
import sahelsim.observe.Simulation;
import sahelsim.scenario.Scenario;

/**
 * Runs every row of an {@link EvalDesign} on a scenario and writes one row of outcomes per design row: the model
 * as a function for tools that make their own designs. Rows are appended to {@code OUT.partial} as they finish,
 * each forced to the disk (see {@link RunLog}); once every row has its line the file is put in row order and
 * renamed to OUT, so OUT never holds half an evaluation. {@code OUT.eval.json} records what OUT was made from;
 * started again with the same scenario, design, seed and outcomes, an evaluation resumes where it stopped (and runs
 * failed rows again), so a killed evaluation, finished later, gives the same bytes as one never stopped.
 */
public final class EvalRunner {

    public static final String ROW = "row";
    static final String PARTIAL = ".partial";
    static final String RECORD = ".eval.json";

    /** What an evaluation did: rows in all, rows done before it started, rows that failed. */
    public record Result(int rows, int before, int failed) {
    }

    private final ScenarioLoader loader;
    private final Scenario base;
    private final String designText;
    private final EvalDesign design;
    private final long seed;
    private final List<String> outcomes;
    private final List<String> columns;
    /** The first row that may still be to run; guarded by the set of rows done. */
    private int cursor;

    public EvalRunner(ScenarioLoader loader, Scenario base, String designText, EvalDesign design, long seed,
                      List<String> outcomes) {
        this.loader = loader;
        this.base = base;
        this.designText = designText;
        this.design = design;
        this.seed = seed;
        this.outcomes = List.copyOf(outcomes);
        List<String> all = new ArrayList<>(List.of(ROW, EvalDesign.REPLICATE, EvalDesign.SEED));
        all.addAll(design.keyPaths());
        all.addAll(outcomes);
        all.addAll(List.of(RunsTable.STATUS, RunsTable.ERROR));
        this.columns = List.copyOf(all);
    }

    /** The columns of the output file. */
    public List<String> columns() {
        return columns;
    }

    /** The file that records what {@code out} was made from. */
    public static Path record(Path out) {
        return out.resolveSibling(out.getFileName() + RECORD);
    }

    /** The log rows are appended to until the evaluation is complete. */
    public static Path partial(Path out) {
        return out.resolveSibling(out.getFileName() + PARTIAL);
    }

    /**
     * Runs the rows {@code out} lacks on {@code threads} threads. Without {@code force}, an {@code out} (or its
     * partial log) made from another scenario, design, seed or outcome list is refused.
     */
    public Result run(Path out, int threads, boolean force, ProcessLock.Mode lockMode) throws IOException {
        Path dir = out.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path partial = partial(out);
        Path record = record(out);
        String busy = "another sahelsim process is writing " + out + "; wait for it to finish (or stop it)";
        try (ProcessLock lock = ProcessLock.take(dir.resolve("." + out.getFileName() + ".lock"), lockMode, busy)) {
            ObjectNode identity = identity();
            String difference = difference(record, identity);
            boolean started = Files.exists(out) || Files.exists(partial);
            if (force) {
                Files.deleteIfExists(out);
                Files.deleteIfExists(partial);
            } else if (started && difference != null) {
                throw new SweepError(out + " " + difference + "; use --force to replace it, or choose another --out");
            }
            if (Files.exists(out) && !Files.exists(partial)) {
                // A finished file is resumed like a partial one, so that rows that failed are run again.
                Files.move(out, partial, StandardCopyOption.REPLACE_EXISTING);
            }
            writeRecord(record, identity, "running", 0);
            int total = design.rows().size();
            RunLog log = new RunLog(partial, columns);
            int statusColumn = columns.size() - 2;
            BitSet done = log.recover(Shard.WHOLE, total, (id, text) -> text.indexOf('\n') == text.length() - 1
                    && RunsTable.OK.equals(cells(text)[statusColumn]));
            int before = done.cardinality();
            AtomicInteger failed = new AtomicInteger();
            runPending(done, log, threads, failed);
            log.sortById(Shard.WHOLE, total);
            AtomicFiles.move(partial, out);
            writeRecord(record, identity, "complete", failed.get());
            return new Result(total, before, failed.get());
        }
    }

    private String[] cells(String line) {
        String[] cells = CsvTable.cells(line);
        if (cells.length != columns.size()) {
            throw new SweepError("a row has " + cells.length + " cells, expected " + columns.size() + ": "
                    + line.strip() + "; the file was changed by hand (--force starts afresh)");
        }
        return cells;
    }

    /** What must agree for a file to be resumed: the inputs of every row and how outcomes are measured. */
    private ObjectNode identity() {
        ObjectNode id = Json.object();
        id.put("scenario", base.name());
        id.put("scenario_sha256", ScenarioText.hash(base));
        id.put("design_sha256", ScenarioText.sha256(designText));
        id.put("seed", seed);
        id.put("random_stream", Seeds.RANDOM_STREAM);
        outcomes.forEach(id.putArray("outcomes")::add);
        return id;
    }

    /** Why the recorded evaluation is another one, or null when it is this one. */
    private static String difference(Path record, ObjectNode identity) throws IOException {
        if (!Files.exists(record)) {
            return "exists and was not written by an evaluation (no " + record.getFileName() + " beside it)";
        }
        JsonNode there = Json.read(record).path("identity");
        for (var names = identity.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            // As text: a seed read back is an int node where the one written was a long node.
            if (!identity.get(name).toString().equals(String.valueOf(there.get(name)))) {
                return "was made with another " + name.replace('_', ' ') + " (" + there.path(name) + ", now "
                        + identity.get(name) + ")";
            }
        }
        return null;
    }

    private static void writeRecord(Path record, ObjectNode identity, String status, int failed) throws IOException {
        ObjectNode root = Json.object();
        root.put("kind", "eval");
        root.put("program", "sahelsim " + BuildInfo.label());
        root.put("status", status);
        root.put("failed_rows", failed);
        root.set("identity", identity);
        AtomicFiles.writeString(record, Json.text(root));
    }

    private void runPending(BitSet done, RunLog log, int threads, AtomicInteger failed) throws IOException {
        log.openForAppend();
        cursor = 0;
        AtomicReference<IOException> writeError = new AtomicReference<>();
        List<Thread> workers = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                Thread worker = new Thread(() -> {
                    for (int r = next(done); r >= 0 && writeError.get() == null; r = next(done)) {
                        EvalDesign.Row row = design.rows().get(r);
                        Line line = runOne(row);
                        if (!line.ok()) {
                            failed.incrementAndGet();
                        }
                        try {
                            log.append(line.text());
                        } catch (IOException e) {
                            writeError.compareAndSet(null, e);
                        }
                    }
                }, "sahelsim-eval-" + (t + 1));
                workers.add(worker);
                worker.start();
            }
            for (Thread worker : workers) {
                worker.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        } finally {
            log.close();
        }
        if (writeError.get() != null) {
            throw writeError.get();
        }
    }

    /** The next row no thread has taken, in row order, or -1 when none is left. */
    private int next(BitSet done) {
        synchronized (done) {
            int r = done.nextClearBit(cursor);
            if (r >= design.rows().size()) {
                return -1;
            }
            cursor = r + 1;
            return r;
        }
    }

    /** One row's line of the output. */
    private record Line(boolean ok, String text) {
    }

    private Line runOne(EvalDesign.Row row) {
        List<String> cells = new ArrayList<>(List.of(Integer.toString(row.index()), Integer.toString(row.replicate()),
                Long.toString(row.seed())));
        cells.addAll(row.texts());
        try {
            Scenario scenario = loader.derive(base, row.settings());
            Simulation.Result result = Simulation.run(scenario, ShippedGeography.grid(scenario.resolution()),
                    row.seed());
            for (String outcome : outcomes) {
                cells.add(NumberText.format(Outcome.value(outcome, result)));
            }
            cells.addAll(List.of(RunsTable.OK, ""));
            return new Line(true, CsvTable.line(cells));
        } catch (Exception | LinkageError | VirtualMachineError e) {
            outcomes.forEach(o -> cells.add(""));
            cells.addAll(List.of(RunsTable.FAILED, SweepRunner.describe(e).replaceAll("[\\r\\n]+", " ").strip()));
            return new Line(false, CsvTable.line(cells));
        }
    }
}
