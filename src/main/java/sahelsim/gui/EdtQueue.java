package sahelsim.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;

/**
 * Hands what the model's thread produced after each day to the Swing thread, in order and in batches: at most
 * one drain waits on the Swing thread at a time, so a fast run never floods it with one task per day, and the
 * model's thread never waits for Swing.
 *
 * @param <T> what is handed over
 */
final class EdtQueue<T> {

    private final ConcurrentLinkedQueue<T> items = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainPending = new AtomicBoolean();
    private final Consumer<List<T>> consumer;

    EdtQueue(Consumer<List<T>> consumer) {
        this.consumer = consumer;
    }

    /** From any thread. */
    void offer(T item) {
        items.add(item);
        if (drainPending.compareAndSet(false, true)) {
            SwingUtilities.invokeLater(this::drain);
        }
    }

    private void drain() {
        drainPending.set(false);
        List<T> batch = new ArrayList<>();
        for (T item; (item = items.poll()) != null; ) {
            batch.add(item);
        }
        if (!batch.isEmpty()) {
            consumer.accept(batch);
        }
    }
}
