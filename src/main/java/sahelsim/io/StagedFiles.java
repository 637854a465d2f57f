package sahelsim.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The data files of one run, written under hidden temporary names and given their real names together only
 * once every one of them is complete. A run that fails or is killed while writing thus leaves no file that
 * looks complete; if a rename fails, the files already renamed are removed again.
 */
public final class StagedFiles {

    private record Staged(String name, Path temporary) {
    }

    private final Path folder;
    private final List<Staged> staged = new ArrayList<>();

    public StagedFiles(Path folder) {
        this.folder = folder;
    }

    /** Writes a file under a temporary name. */
    public void stage(String name, AtomicFiles.Content content) throws IOException {
        Path temporary = AtomicFiles.temporaryFor(folder.resolve(name));
        staged.add(new Staged(name, temporary));
        try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW)) {
            content.writeTo(out);
        }
    }

    /** Writes a text file (UTF-8) under a temporary name. */
    public void stageText(String name, AtomicFiles.TextContent content) throws IOException {
        stage(name, AtomicFiles.utf8(content));
    }

    /** Gives every staged file its real name; returns the names in the order they were staged. */
    public List<String> commit() throws IOException {
        List<Path> done = new ArrayList<>();
        try {
            for (Staged s : staged) {
                Path target = folder.resolve(s.name());
                AtomicFiles.move(s.temporary(), target);
                done.add(target);
            }
        } catch (IOException | RuntimeException e) {
            for (Path p : done) {
                Files.deleteIfExists(p);
            }
            abandon();
            throw e;
        }
        List<String> names = staged.stream().map(Staged::name).toList();
        staged.clear();
        return names;
    }

    /** Removes the temporary files of a run that will not complete. */
    public void abandon() throws IOException {
        for (Staged s : staged) {
            Files.deleteIfExists(s.temporary());
        }
        staged.clear();
    }
}
