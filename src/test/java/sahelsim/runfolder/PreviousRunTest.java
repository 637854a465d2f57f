package sahelsim.runfolder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviousRunTest {

    @TempDir
    Path dir;

    @Test
    void clearsTheOutputsOfARunAndKeepsEverythingElse() throws IOException {
        Path run = Files.createDirectories(dir.resolve("run"));
        Files.writeString(run.resolve("manifest.json"), "{\"files\": [\"daily.csv\", \"chart.png\", \"../outside.txt\"]}");
        for (String name : List.of("daily.csv", "events.csv", "chart.png", "notes.txt", ".daily.csv.1.2.part")) {
            Files.writeString(run.resolve(name), "x");
        }
        Files.writeString(dir.resolve("outside.txt"), "keep");
        Path replicate = Files.createDirectories(run.resolve("rep-001"));
        Files.writeString(replicate.resolve("manifest.json"), "{\"files\": [\"summary.json\"]}");
        Files.writeString(replicate.resolve("summary.json"), "{}");
        PreviousRun.clear(run);
        assertEquals(List.of("notes.txt"), names(run));
        assertEquals("keep", Files.readString(dir.resolve("outside.txt")), "a manifest may not reach outside its folder");
    }

    @Test
    void aDamagedManifestStillLetsTheContractsNamesBeCleared() throws IOException {
        Files.writeString(dir.resolve("manifest.json"), "{\"files\": [\"dai");
        Files.writeString(dir.resolve("summary.json"), "{}");
        PreviousRun.clear(dir);
        assertEquals(List.of(), names(dir));
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
