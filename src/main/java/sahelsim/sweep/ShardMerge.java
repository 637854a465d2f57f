package sahelsim.sweep;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import sahelsim.io.AtomicFiles;
import sahelsim.io.CsvTable;

/**
 * Joins the folders of a sweep's shards into the folder of the whole sweep: checks that they hold shards of the
 * same sweep (same name, sweep file and base scenario hashes, same number of shards), that every shard is there
 * once and complete, and that together they hold every run exactly once; then writes runs.csv and
 * runs-monthly.csv in run-id order, byte for byte what the whole sweep run in one process writes, the merged
 * manifest and the results database. Everything is streamed: one block per shard in memory at a time.
 */
public final class ShardMerge {

    /** What a merge wrote. */
    public record Result(Path dir, int shards, long runs, long failed, String databaseError) {
    }

    /** A shard's folder with its manifest. */
    private record Part(Path dir, SweepManifest manifest) {
    }

    private ShardMerge() {
    }

    /**
     * Merges the shards found in {@code sources} (each a shard's folder, or a folder holding shard-i-of-n folders)
     * into {@code out}, or, when {@code out} is null, into the folder that holds them. With {@code force} the
     * target folder's own sweep files are replaced even when they belong to another sweep.
     */
    public static Result merge(List<Path> sources, Path out, boolean force) throws IOException {
        return merge(sources, out, force, DatabaseMemory.forThisMachine());
    }

    /** As {@link #merge(List, Path, boolean)}, with DuckDB's memory limited to {@code memory}. */
    public static Result merge(List<Path> sources, Path out, boolean force, DatabaseMemory memory)
            throws IOException {
        List<Part> parts = parts(sources);
        SweepManifest first = parts.get(0).manifest();
        Path dir = out != null ? out : commonParent(parts);
        try (SweepFolder folder = SweepFolder.lock(dir)) {
            claim(folder, first, force);
            RunsTable table = new RunsTable(first.parameters(), first.outcomes());
            long total = first.totalRuns();
            long failed = mergeRuns(parts, table, total, folder.runs());
            mergeMonthly(parts, total, folder.monthly());
            List<String> names = parts.stream().map(p -> relative(dir, p.dir())).toList();
            SweepManifest merged = SweepManifest.merged(first, names);
            for (Part p : parts) {
                for (String program : p.manifest().programs()) {
                    merged = merged.resumedBy(program);
                }
            }
            merged = merged.counts(total - failed, failed);
            merged.write(dir);
            List<String> files = new ArrayList<>(List.of(SweepFolder.RUNS, SweepFolder.MONTHLY));
            String databaseError = null;
            try {
                SweepPlan plan = SweepPlan.of(SweepLoader.shipped().load(merged.sweepFile(), merged.sweepText()),
                        merged.growth());
                files.addAll(SweepDatabase.write(dir, merged, plan, memory));
            } catch (Exception | LinkageError e) {
                databaseError = SweepDatabase.describe(e);
            }
            merged.complete(Instant.now(), files, databaseError).write(dir);
            return new Result(dir, parts.size(), total, failed, databaseError);
        }
    }

    /** The shards' folders and manifests, ordered by shard, checked against one another. */
    private static List<Part> parts(List<Path> sources) {
        List<Part> found = new ArrayList<>();
        for (Path source : sources) {
            if (!Files.isDirectory(source)) {
                throw new SweepError(source + ": " + (Files.exists(source) ? "not a folder" : "no such folder")
                        + "; expected a shard's folder or a sweep folder holding shard-i-of-n folders");
            }
            if (SweepManifest.isSweep(source)) {
                SweepManifest m = SweepManifest.read(source);
                if (!m.shard().isWhole()) {
                    found.add(new Part(source, m));
                    continue;
                }
            }
            List<Path> inside = shardFoldersIn(source);
            if (inside.isEmpty()) {
                throw new SweepError(source + " is neither a shard's folder nor a folder holding shard-i-of-n "
                        + "folders (written by 'sahelsim sweep FILE --shard i/n')");
            }
            for (Path shardDir : inside) {
                found.add(new Part(shardDir, SweepManifest.read(shardDir)));
            }
        }
        Part first = found.get(0);
        int count = first.manifest().shard().count();
        Map<Integer, Part> byIndex = new TreeMap<>();
        for (Part p : found) {
            SweepManifest m = p.manifest();
            if (!m.identity().equals(first.manifest().identity())) {
                throw new SweepError(p.dir() + " and " + first.dir() + " are shards of different sweeps ("
                        + differenceOf(m.identity(), first.manifest().identity())
                        + "); merge only shards of one sweep");
            }
            if (m.shard().count() != count) {
                throw new SweepError(p.dir() + " is shard " + m.shard() + " but " + first.dir() + " is shard "
                        + first.manifest().shard() + ": the shards of one merge must split the sweep the same way");
            }
            Part twice = byIndex.put(m.shard().index(), p);
            if (twice != null && !same(twice.dir(), p.dir())) {
                throw new SweepError("shard " + m.shard() + " appears twice: in " + twice.dir() + " and in " + p.dir()
                        + "; give each shard once");
            }
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (!byIndex.containsKey(i)) {
                missing.add(i + "/" + count);
            }
        }
        if (!missing.isEmpty()) {
            throw new SweepError((missing.size() == 1 ? "shard " + missing.get(0) + " is" : "shards "
                    + String.join(", ", missing) + " are") + " missing; run " + (missing.size() == 1 ? "it" : "each")
                    + " with 'sahelsim sweep " + first.manifest().sweepFile() + " --shard "
                    + (missing.size() == 1 ? missing.get(0) : "i/" + count) + "' (with the same --out as the others)"
                    + " and merge again");
        }
        for (Part p : byIndex.values()) {
            if (!p.manifest().isComplete()) {
                throw new SweepError("shard " + p.manifest().shard() + " in " + p.dir() + " is not complete (status "
                        + p.manifest().status() + "); finish it by running its sweep command again, which resumes it");
            }
        }
        return new ArrayList<>(byIndex.values());
    }

    private static List<Path> shardFoldersIn(Path dir) {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                if (Files.isDirectory(entry) && Shard.ofFolderName(entry.getFileName().toString()) != null) {
                    out.add(entry);
                }
            }
        } catch (IOException e) {
            throw new SweepError("cannot read the folder " + dir + ": " + e.getMessage());
        }
        out.sort(null);
        return out;
    }

    private static boolean same(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    private static String differenceOf(SweepManifest.Identity a, SweepManifest.Identity b) {
        if (!a.name().equals(b.name())) {
            return "named " + a.name() + " and " + b.name();
        }
        if (!a.sweepSha256().equals(b.sweepSha256())) {
            return "the sweep file differs";
        }
        if (!a.baseSha256().equals(b.baseSha256())) {
            return "the base scenario differs";
        }
        if (!a.randomStream().equals(b.randomStream())) {
            return "made with the random streams " + a.randomStream() + " and " + b.randomStream();
        }
        return "grown through different sizes, " + sizes(a.growth()) + " and " + sizes(b.growth())
                + ", so their run ids differ";
    }

    private static String sizes(SweepGrowth growth) {
        return String.join(" then ", growth.sizes().stream()
                .map(s -> s.points() + " points x " + s.replications()).toList());
    }

    private static Path commonParent(List<Part> parts) {
        Path parent = parts.get(0).dir().toAbsolutePath().normalize().getParent();
        for (Part p : parts) {
            if (!p.dir().toAbsolutePath().normalize().getParent().equals(parent)) {
                throw new SweepError("the shards are in different folders (" + parts.get(0).dir() + ", " + p.dir()
                        + "); say where the merged sweep goes with --out");
            }
        }
        return parent;
    }

    private static void claim(SweepFolder folder, SweepManifest shards, boolean force) throws IOException {
        Path dir = folder.dir();
        if (!force && SweepManifest.isSweep(dir)) {
            SweepManifest there = SweepManifest.read(dir);
            if (!(there.identity().equals(shards.identity()) || grewFrom(shards, there)) || !there.shard().isWhole()) {
                throw new SweepError(dir + " holds another sweep (" + there.name() + (there.shard().isWhole() ? ""
                        : " shard " + there.shard()) + "); use --force to replace it, or choose another folder with "
                        + "--out");
            }
        } else if (!force && folder.holdsOutputs()) {
            throw new SweepError(dir + " already holds files that are not a sweep's; use --force to replace them, or "
                    + "choose another folder with --out");
        }
        folder.clear();
    }

    /** Whether the shards are of the sweep merged earlier into {@code there}, grown since (its rows are rewritten). */
    private static boolean grewFrom(SweepManifest shards, SweepManifest there) {
        SweepManifest.Identity now = shards.identity();
        SweepManifest.Identity before = there.identity();
        List<SweepGrowth.Size> sizes = now.growth().sizes();
        List<SweepGrowth.Size> earlier = before.growth().sizes();
        return now.name().equals(before.name()) && now.baseSha256().equals(before.baseSha256())
                && now.randomStream().equals(before.randomStream()) && sizes.size() > earlier.size()
                && sizes.subList(0, earlier.size()).equals(earlier);
    }

    /** Writes runs.csv from the shards' in run-id order, checking that each run is there once; returns failures. */
    private static long mergeRuns(List<Part> parts, RunsTable table, long total, Path target) throws IOException {
        String header = CsvTable.line(table.columns());
        List<RunLog.Blocks> readers = new ArrayList<>();
        long[] failed = {0};
        try {
            for (Part p : parts) {
                readers.add(new RunLog.Blocks(p.dir().resolve(SweepFolder.RUNS), header, p.manifest().shard(), total));
            }
            AtomicFiles.write(target, out -> {
                out.write(header.getBytes(StandardCharsets.UTF_8));
                RunLog.Block[] next = new RunLog.Block[parts.size()];
                for (int s = 0; s < parts.size(); s++) {
                    next[s] = readers.get(s).next();
                }
                List<Long> gaps = new ArrayList<>();
                for (long id = 0; id < total; id++) {
                    int s = (int) (id % parts.size());
                    RunLog.Block b = next[s];
                    if (b == null || b.runId() != id) {
                        gaps.add(id);
                        if (b != null && b.runId() < id) {
                            throw new SweepError(parts.get(s).dir().resolve(SweepFolder.RUNS) + ": run " + b.runId()
                                    + " appears twice; the file was changed by hand");
                        }
                        continue;
                    }
                    if (!table.isOk(b.text())) {
                        failed[0]++;
                    }
                    out.write(b.text().getBytes(StandardCharsets.UTF_8));
                    next[s] = readers.get(s).next();
                    if (next[s] != null && next[s].runId() <= id) {
                        throw new SweepError(parts.get(s).dir().resolve(SweepFolder.RUNS) + ": run "
                                + next[s].runId() + " appears twice or out of order; the file was changed by hand");
                    }
                }
                if (!gaps.isEmpty()) {
                    throw new SweepError("the shards lack " + gaps.size() + " run" + (gaps.size() == 1 ? "" : "s")
                            + " (" + gaps.stream().limit(10).map(String::valueOf).collect(Collectors.joining(", "))
                            + (gaps.size() > 10 ? ", ..." : "") + ") although their manifests say complete; run "
                            + "their shards again to add them");
                }
            });
        } finally {
            for (RunLog.Blocks r : readers) {
                r.close();
            }
        }
        return failed[0];
    }

    /** Writes runs-monthly.csv from the shards' in run-id order (failed runs have no lines). */
    private static void mergeMonthly(List<Part> parts, long total, Path target) throws IOException {
        String header = null;
        for (Part p : parts) {
            Path file = p.dir().resolve(SweepFolder.MONTHLY);
            try (LogLines lines = new LogLines(file)) {
                LogLines.Line first = lines.next();
                String h = first == null ? "" : first.text() + "\n";
                if (header == null) {
                    header = h;
                } else if (!header.equals(h)) {
                    throw new SweepError(file + " has other columns than " + parts.get(0).dir()
                            .resolve(SweepFolder.MONTHLY) + "; its shard was run by another version of the program");
                }
            }
        }
        String columns = header;
        List<RunLog.Blocks> readers = new ArrayList<>();
        try {
            for (Part p : parts) {
                readers.add(new RunLog.Blocks(p.dir().resolve(SweepFolder.MONTHLY), columns, p.manifest().shard(),
                        total));
            }
            AtomicFiles.write(target, out -> writeMonthly(out, columns, readers));
        } finally {
            for (RunLog.Blocks r : readers) {
                r.close();
            }
        }
    }

    private static void writeMonthly(OutputStream out, String header, List<RunLog.Blocks> readers) throws IOException {
        out.write(header.getBytes(StandardCharsets.UTF_8));
        int n = readers.size();
        RunLog.Block[] next = new RunLog.Block[n];
        for (int s = 0; s < n; s++) {
            next[s] = readers.get(s).next();
        }
        while (true) {
            int lowest = -1;
            for (int s = 0; s < n; s++) {
                if (next[s] != null && (lowest < 0 || next[s].runId() < next[lowest].runId())) {
                    lowest = s;
                }
            }
            if (lowest < 0) {
                return;
            }
            out.write(next[lowest].text().getBytes(StandardCharsets.UTF_8));
            next[lowest] = readers.get(lowest).next();
        }
    }

    private static String relative(Path dir, Path shard) {
        Path a = dir.toAbsolutePath().normalize();
        Path b = shard.toAbsolutePath().normalize();
        return b.startsWith(a) ? a.relativize(b).toString() : b.toString();
    }
}
