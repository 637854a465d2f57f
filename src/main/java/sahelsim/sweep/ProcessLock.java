package sahelsim.sweep;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Map;

/**
 * Keeps a second process from writing what this one writes (two processes appending to one log would interleave
 * their rows). It takes an fcntl lock on a lock file. Some cluster file systems refuse such locks (Lustre mounted
 * noflock, NFS without its lock daemon); there, and wherever SAHELSIM_LOCK=file asks for it, the lock is a file
 * created only if absent, holding the owner's host and process id: a lock left by a process of this host that is
 * no longer alive is taken over, and one left by another host must be removed by hand, which the message says.
 */
public final class ProcessLock implements AutoCloseable {

    /** The environment variable that chooses how to lock: {@code fcntl} (the default) or {@code file}. */
    public static final String MODE_VARIABLE = "SAHELSIM_LOCK";

    /** How a lock is taken. */
    public enum Mode {
        /** An fcntl lock, falling back to a lock file where the file system refuses it. */
        FCNTL,
        /** A lock file only. */
        FILE;

        /** The mode SAHELSIM_LOCK asks for; anything but fcntl or file is an error. */
        public static Mode of(Map<String, String> environment) {
            String value = environment.getOrDefault(MODE_VARIABLE, "fcntl").strip().toLowerCase(Locale.ROOT);
            return switch (value) {
                case "", "fcntl" -> FCNTL;
                case "file" -> FILE;
                default -> throw new SweepError(MODE_VARIABLE + ": expected fcntl or file, got '" + value + "'");
            };
        }
    }

    private final FileChannel channel;
    private final FileLock lock;
    private final Path ownedFile;

    private ProcessLock(FileChannel channel, FileLock lock, Path ownedFile) {
        this.channel = channel;
        this.lock = lock;
        this.ownedFile = ownedFile;
    }

    /**
     * Takes the lock at {@code file}, or throws a {@link SweepError} starting with {@code busy} when another process
     * holds it.
     */
    public static ProcessLock take(Path file, Mode mode, String busy) {
        if (mode == Mode.FILE) {
            return byFile(file.resolveSibling(file.getFileName() + ".owner"), busy, "");
        }
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new SweepError("cannot write into the folder " + file.toAbsolutePath().getParent() + ": " + e);
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new SweepError(busy);
            }
            return new ProcessLock(channel, lock, null);
        } catch (OverlappingFileLockException e) {
            close(channel);
            throw new SweepError(busy);
        } catch (IOException e) {
            close(channel);
            return byFile(file.resolveSibling(file.getFileName() + ".owner"), busy, " (the file system refuses "
                    + "file locks: " + e.getMessage() + ")");
        } catch (SweepError e) {
            close(channel);
            throw e;
        }
    }

    private static ProcessLock byFile(Path owner, String busy, String why) {
        String me = host() + " " + ProcessHandle.current().pid();
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                Files.writeString(owner, me + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
                return new ProcessLock(null, null, owner);
            } catch (FileAlreadyExistsException e) {
                String holder = holder(owner);
                if (holder != null && !isStale(holder)) {
                    throw new SweepError(busy + "; the lock file " + owner + " names " + holder + why + ". If no "
                            + "process is writing there any more (a job killed on another node), remove " + owner);
                }
                try {
                    Files.deleteIfExists(owner);
                } catch (IOException d) {
                    throw new SweepError("cannot remove the stale lock file " + owner + ": " + d.getMessage());
                }
            } catch (IOException e) {
                throw new SweepError("cannot create the lock file " + owner + ": " + e.getMessage());
            }
        }
        throw new SweepError(busy + "; the lock file " + owner + " keeps reappearing" + why);
    }

    /** The lock file's owner, "host pid", or null when the file has gone. */
    private static String holder(Path owner) {
        try {
            return Files.readString(owner, StandardCharsets.UTF_8).strip();
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            return "an owner that cannot be read (" + e.getMessage() + ")";
        }
    }

    /** A lock left by a process of this host that has ended; a lock of another host cannot be checked. */
    private static boolean isStale(String holder) {
        String[] parts = holder.split(" ");
        if (parts.length != 2 || !parts[0].equals(host())) {
            return false;
        }
        try {
            return ProcessHandle.of(Long.parseLong(parts[1])).map(p -> !p.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }

    private static void close(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // The lock file is only a lock: failing to close it changes nothing written.
        }
    }

    @Override
    public void close() {
        if (ownedFile != null) {
            try {
                Files.deleteIfExists(ownedFile);
            } catch (IOException e) {
                // A lock file left behind is taken over as stale by the next process on this host.
            }
            return;
        }
        try {
            lock.release();
        } catch (IOException e) {
            // Closing the channel below releases the lock as well.
        }
        close(channel);
    }
}
