package sahelsim.calibrate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import sahelsim.calibrate.abc.Particle;
import sahelsim.calibrate.abc.Population;

/**
 * A calibration replayed from its folder's logs: every generation whose proposals are all done is closed again
 * (closing is cheap and exact, so the logs are the only record), until the first one that is not, or the one the
 * stopping rules end with. The posterior predictive runs come after the last.
 */
final class CalibrationHistory {

    private final List<Population> populations;
    private final Stage current;
    private final int predictiveDone;

    private CalibrationHistory(List<Population> populations, Stage current, int predictiveDone) {
        this.populations = List.copyOf(populations);
        this.current = current;
        this.predictiveDone = predictiveDone;
    }

    /**
     * Replays the logs of {@code dir}; with {@code predictiveFrom} the generation the predictive runs there drew from
     * (null: none), so that runs drawn from a population that is no longer the last do not count.
     */
    static CalibrationHistory replay(Path dir, Calibration c, Integer predictiveFrom) throws IOException {
        List<Population> populations = new ArrayList<>();
        Population previous = null;
        for (int t = 0; ; t++) {
            StageLog layout = StageLog.generation(t, c);
            int size = c.algorithm().settings().batchSize(t);
            StageLog.Row[] rows = okRows(CalibrationFolder.stageLog(dir, new Stage(t)), layout, size);
            List<Particle> batch = new ArrayList<>();
            for (StageLog.Row row : rows) {
                if (row == null) {
                    return new CalibrationHistory(populations, new Stage(t), 0);
                }
                batch.add(new Particle(t, (int) row.id(), row.values(), row.weight(), row.distance()));
            }
            Population population = c.algorithm().close(t, previous, batch);
            populations.add(population);
            if (c.algorithm().finished(population)) {
                break;
            }
            previous = population;
        }
        int last = populations.get(populations.size() - 1).generation();
        if (predictiveFrom == null || predictiveFrom != last) {
            return new CalibrationHistory(populations, c.predictive() == 0 ? Stage.COMPLETE : Stage.PREDICTIVE, 0);
        }
        StageLog.Row[] runs = okRows(CalibrationFolder.stageLog(dir, Stage.PREDICTIVE), StageLog.predictive(c),
                c.predictive());
        int done = 0;
        for (StageLog.Row r : runs) {
            done += r == null ? 0 : 1;
        }
        return new CalibrationHistory(populations, done == c.predictive() ? Stage.COMPLETE : Stage.PREDICTIVE, done);
    }

    /** The first finished row of each run of a stage of {@code size} runs, or null where there is none. */
    static StageLog.Row[] okRows(Path log, StageLog layout, int size) throws IOException {
        StageLog.Row[] rows = new StageLog.Row[size];
        for (LogReader.Block b : LogReader.blocks(log, layout.columns())) {
            if (b.id() < 0 || b.id() >= size || rows[(int) b.id()] != null || !layout.isOk(b.text())) {
                continue;
            }
            rows[(int) b.id()] = parse(layout, log, b.text());
        }
        return rows;
    }

    static StageLog.Row parse(StageLog layout, Path log, String text) {
        try {
            return layout.parse(text);
        } catch (RuntimeException e) {
            throw new sahelsim.sweep.SweepError(log + ": a line cannot be read (" + e.getMessage() + "): " + text.strip()
                    + "; the file was changed by hand (--force starts the calibration afresh)");
        }
    }

    /** The populations closed, in order. */
    List<Population> populations() {
        return populations;
    }

    /** The last population closed, or null before the first generation is done. */
    Population last() {
        return populations.isEmpty() ? null : populations.get(populations.size() - 1);
    }

    Stage current() {
        return current;
    }

    /** Posterior predictive runs done, when they are the current stage. */
    int predictiveDone() {
        return predictiveDone;
    }
}
