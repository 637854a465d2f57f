package sahelsim.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import sahelsim.sweep.StopRequest;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Turns signals into a sweep's {@link StopRequest} while it runs (sweep --stop-on): the chosen signal, such as the
 * SIGUSR1 that Slurm sends a while before a task's time limit, stops the sweep taking runs and lets those in
 * flight finish (the signal again changes nothing: it may come both from Slurm and from the job's script); SIGTERM
 * or SIGINT (a cancelled job, the time limit itself, Ctrl-C) drops the runs in flight and stops at once. The previous handlers come back on close. sun.misc.Signal is the
 * JDK's only way to catch a signal; it is in the jdk.unsupported module, which stays for this use.
 */
final class StopSignals implements AutoCloseable {

    /** The signals --stop-on takes: those a batch system or a shell sends, none that the JVM uses itself. */
    static final List<String> NAMES = List.of("USR1", "USR2", "TERM", "INT", "HUP");

    private final List<Signal> signals = new ArrayList<>();
    private final List<SignalHandler> previous = new ArrayList<>();

    private StopSignals() {
    }

    /** The signal name --stop-on gives, without its SIG, or an error naming the option. */
    static String parse(String text) {
        String name = text.toUpperCase(Locale.ROOT);
        name = name.startsWith("SIG") ? name.substring(3) : name;
        if (!NAMES.contains(name)) {
            throw new UserError("--stop-on: expected a signal name, one of " + String.join(", ", NAMES)
                    + ", got '" + text + "'");
        }
        return name;
    }

    /** Catches nothing: the sweep ends as the JVM ends on a signal. */
    static StopSignals none() {
        return new StopSignals();
    }

    /**
     * Catches {@code stopOn} (a name of {@link #NAMES}) and SIGTERM and SIGINT into {@code request}, telling
     * {@code notice} what the sweep does about each. With --stop-on TERM or INT, the other one drops the runs in
     * flight.
     */
    static StopSignals install(String stopOn, StopRequest request, Consumer<String> notice) {
        StopSignals installed = new StopSignals();
        List<String> names = new ArrayList<>(List.of(stopOn));
        for (String other : List.of("TERM", "INT")) {
            if (!names.contains(other)) {
                names.add(other);
            }
        }
        for (String name : names) {
            Signal signal = new Signal(name);
            installed.previous.add(Signal.handle(signal, s -> {
                if (name.equals(stopOn)) {
                    if (!request.requested()) {
                        request.finishInFlight("SIG" + name);
                        notice.accept("SIG" + name + ": taking no more runs; the runs in flight finish, then the "
                                + "sweep stops (started again, it resumes)");
                    }
                } else if (!request.abandoned()) {
                    request.abandonInFlight("SIG" + name);
                    notice.accept("SIG" + name + ": stopping now; the runs in flight are dropped (started again, "
                            + "the sweep runs them)");
                }
            }));
            installed.signals.add(signal);
        }
        return installed;
    }

    @Override
    public void close() {
        for (int i = 0; i < signals.size(); i++) {
            Signal.handle(signals.get(i), previous.get(i));
        }
    }
}
