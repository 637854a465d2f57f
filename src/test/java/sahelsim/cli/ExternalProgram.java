package sahelsim.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** A program of the machine that a test drives, found on the PATH, run with a time limit. */
record ExternalProgram(Path executable) {

    /** What a run left: its exit code (-1 if it had to be stopped) and what it printed. */
    record Outcome(int exitCode, String output) {
    }

    /** The first of the names found on the PATH. */
    static Optional<ExternalProgram> find(String... names) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String name : names) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
                    return Optional.of(new ExternalProgram(candidate));
                }
            }
        }
        return Optional.empty();
    }

    Outcome run(List<String> args, Path log, long seconds) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>();
        command.add(executable.toString());
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
            return new Outcome(-1, Files.readString(log, StandardCharsets.UTF_8));
        }
        return new Outcome(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
