package org.onetrip.projections.support;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;

/**
 * Reads a processor's events on a thread of its own, up to {@code capacity} ahead, so that reading the
 * store (queries, rows, payload deserialisation) overlaps with the processor folding events and waiting for
 * its bulk requests. Order, tokens and batches are untouched: the processor still stores a token only after
 * its batch committed, and a closed stream (reset, shutdown, error) simply reopens where the token says.
 */
public class ReadAheadEventSource implements StreamableMessageSource<TrackedEventMessage<?>> {

    private static final long IDLE_WAIT_MILLIS = 200;
    private static final long CLOSE_WAIT_MILLIS = 10_000;

    private final StreamableMessageSource<TrackedEventMessage<?>> delegate;
    private final int capacity;
    private final String name;
    private final Set<ReadAheadStream> open = ConcurrentHashMap.newKeySet();

    public ReadAheadEventSource(StreamableMessageSource<TrackedEventMessage<?>> delegate, int capacity, String name) {
        if (capacity < 1) {
            throw new IllegalArgumentException("read-ahead capacity must be positive, was " + capacity);
        }
        this.delegate = delegate;
        this.capacity = capacity;
        this.name = name;
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        var stream = new ReadAheadStream(delegate.openStream(trackingToken), capacity, open::remove);
        open.add(stream);
        var reader = new Thread(stream::read, "read-ahead[" + name + "]");
        reader.setDaemon(true);
        stream.reader = reader;
        reader.start();
        return stream;
    }

    /**
     * A processor waiting for new events stops waiting at once (it may be being shut down: otherwise it would notice
     * only when its wait for events times out, a second later).
     */
    public void stopWaiting() {
        open.forEach(ReadAheadStream::stopWaiting);
    }

    @Override
    public TrackingToken createTailToken() {
        return delegate.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return delegate.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return delegate.createTokenAt(dateTime);
    }

    static final class ReadAheadStream implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> source;
        private final int capacity;
        private final ArrayDeque<TrackedEventMessage<?>> buffer = new ArrayDeque<>();
        private Thread reader;
        /** The reader found nothing more in the store for now: a batch need not wait for more. */
        private boolean drained;

        private boolean closed;
        private boolean stopWaiting;
        private RuntimeException failure;
        private final Consumer<ReadAheadStream> onClose;

        ReadAheadStream(
                BlockingStream<TrackedEventMessage<?>> source, int capacity, Consumer<ReadAheadStream> onClose) {
            this.source = source;
            this.capacity = capacity;
            this.onClose = onClose;
        }

        synchronized void stopWaiting() {
            stopWaiting = true;
            notifyAll();
        }

        void read() {
            try {
                while (!isClosed()) {
                    if (!source.hasNextAvailable()) {
                        markDrained();
                        if (!source.hasNextAvailable((int) IDLE_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                            continue;
                        }
                        markFetching();
                    }
                    var message = source.nextAvailable();
                    deserializeAhead(message);
                    if (!offer(message)) {
                        return;
                    }
                }
            } catch (InterruptedException e) {
                fail(new IllegalStateException("reading events ahead was interrupted", e));
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                fail(e);
            } finally {
                source.close();
            }
        }

        /**
         * The processor would do this on its own thread; a payload that cannot be read fails there, as before. The
         * timestamp too: the processor reads it (to attach each event's token) and the store keeps it as text.
         */
        private static void deserializeAhead(TrackedEventMessage<?> message) {
            try {
                message.getPayload();
                message.getMetaData();
                message.getTimestamp();
            } catch (RuntimeException ignored) {
                // left for the processor to meet and report
            }
        }

        private synchronized boolean isClosed() {
            return closed;
        }

        private synchronized void markDrained() {
            drained = true;
            notifyAll();
        }

        private synchronized void markFetching() {
            drained = false;
        }

        private synchronized boolean offer(TrackedEventMessage<?> message) throws InterruptedException {
            while (buffer.size() >= capacity && !closed) {
                wait();
            }
            if (closed) {
                return false;
            }
            buffer.addLast(message);
            drained = false;
            notifyAll();
            return true;
        }

        private synchronized void fail(RuntimeException e) {
            failure = e;
            notifyAll();
        }

        private void rethrowFailure() {
            if (failure != null && buffer.isEmpty()) {
                throw failure;
            }
        }

        /** Waits while the reader is still fetching, so a replay's batches stay full. */
        @Override
        public synchronized Optional<TrackedEventMessage<?>> peek() {
            try {
                while (buffer.isEmpty() && !drained && failure == null && !closed) {
                    wait();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Optional.ofNullable(buffer.peekFirst());
        }

        /**
         * Like the store's own stream, answers "nothing available" only once the store has none: while the reader
         * is still fetching it waits past the timeout, or the processor would think itself caught up too early.
         */
        @Override
        public synchronized boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            long deadline = System.nanoTime() + unit.toNanos(timeout);
            while (buffer.isEmpty() && failure == null && !closed) {
                if (stopWaiting) {
                    stopWaiting = false;
                    return false;
                }
                long left = deadline - System.nanoTime();
                if (left > 0) {
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                } else if (drained) {
                    return false;
                } else {
                    wait();
                }
            }
            rethrowFailure();
            return !buffer.isEmpty();
        }

        @Override
        public synchronized TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            while (buffer.isEmpty() && failure == null && !closed) {
                wait();
            }
            rethrowFailure();
            if (buffer.isEmpty()) {
                throw new IllegalStateException("the event stream was closed");
            }
            var message = buffer.removeFirst();
            notifyAll();
            return message;
        }

        /**
         * Stops the reader and waits for it to close the source, so that no query of a closed stream runs on
         * while the processor reopens one or the application shuts down. The reader is not interrupted: an
         * interrupt inside a JDBC call can close the database's file channel.
         */
        @Override
        public void close() {
            onClose.accept(this);
            synchronized (this) {
                closed = true;
                buffer.clear();
                notifyAll();
            }
            if (reader != null && reader != Thread.currentThread()) {
                try {
                    reader.join(CLOSE_WAIT_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
