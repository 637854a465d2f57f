package sahelsim.runfolder;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import sahelsim.io.AtomicFiles;
import sahelsim.io.Json;

/**
 * Clears what an earlier run or set of replicates left in a folder, before {@code --force} writes a new one
 * there, so that no stale file (a replicate the new set does not have, a control map the new run does not
 * write) is taken for part of the new run. Only files the program writes are removed: the ones the old
 * manifest lists, the names of the output contract, temporary files, and replicate folders; anything else
 * in the folder (a folder under one of those names, too) stays.
 */
public final class PreviousRun {

    private static final List<String> OUTPUTS = List.of(RunFiles.DAILY, RunFiles.MONTHLY, RunFiles.EVENTS,
            RunFiles.TOWNS, RunFiles.CONTROL, RunFiles.SUMMARY, ReplicateSummaries.MONTHLY,
            ReplicateSummaries.SUMMARY);
    private static final Pattern REPLICATE_FOLDER = Pattern.compile("rep-\\d+");

    private PreviousRun() {
    }

    public static void clear(Path folder) throws IOException {
        List<String> names = new ArrayList<>(OUTPUTS);
        names.addAll(listedFiles(folder.resolve(RunManifest.FILE)));
        for (String name : names) {
            Path file = folder.resolve(name);
            if (isPlainName(name) && !Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                Files.deleteIfExists(file);
            }
        }
        List<Path> replicates = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.startsWith(".") && name.endsWith(AtomicFiles.TEMPORARY_SUFFIX) && Files.isRegularFile(entry)) {
                    Files.delete(entry);
                } else if (REPLICATE_FOLDER.matcher(name).matches() && Files.isDirectory(entry)) {
                    replicates.add(entry);
                }
            }
        }
        for (Path replicate : replicates) {
            clear(replicate);
            if (isEmpty(replicate)) {
                Files.delete(replicate);
            }
        }
        Files.deleteIfExists(folder.resolve(RunManifest.FILE));
    }

    /** The files an old manifest lists; none when there is no manifest or it cannot be read. */
    private static List<String> listedFiles(Path manifest) {
        List<String> out = new ArrayList<>();
        if (!Files.isRegularFile(manifest)) {
            return out;
        }
        try {
            JsonNode files = Json.read(manifest).path("files");
            files.forEach(f -> out.add(f.asText()));
        } catch (IOException e) {
            // A manifest cut short or damaged lists nothing; the names of the contract are cleared anyway.
        }
        return out;
    }

    private static boolean isPlainName(String name) {
        return !name.isEmpty() && !name.contains("/") && !name.contains("\\") && !name.equals("..")
                && !name.equals(".");
    }

    public static boolean isEmpty(Path folder) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            return !entries.iterator().hasNext();
        }
    }
}
