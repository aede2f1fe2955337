package org.onetrip.storage;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Lets concurrent committers share one store: {@link #awaitStoreBegunAfterNow()} returns once a store that began
 * after the call has finished. Hand-written because H2 has no group commit: asked to store on every commit
 * ({@code WRITE_DELAY=0}) it writes one file chunk per commit, and otherwise only on its timer (docs/benchmarks.md,
 * round 10).
 *
 * <p>The stores run one after the other on a thread of their own, which nobody interrupts (H2 gives up waiting for
 * its own write when the storing thread is interrupted). Callers register for the next store and are released
 * together by the thread that ran it, one wake-up each: with a shared lock and condition the waiters woke each other
 * one at a time, and those waiting for the following store woke for nothing (docs/benchmarks.md, round 26).
 */
final class GroupCommit implements AutoCloseable {

    /** The callers of one store, and its outcome. */
    private static final class Store {
        final CompletableFuture<Void> ended = new CompletableFuture<>();
        int callers;
    }

    private final Runnable store;
    private final String threadName;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition requested = lock.newCondition();
    private Store next = new Store();
    private Thread storer;
    private boolean closed;

    GroupCommit(Runnable store, String threadName) {
        this.store = store;
        this.threadName = threadName;
    }

    /**
     * Waits without giving way to interrupts (the interrupt is kept): the caller's commit has happened, and its
     * caller must not be told so before it is stored. A failed store is thrown to every caller that waited for it;
     * later callers wait for another one.
     */
    void awaitStoreBegunAfterNow() {
        Store mine;
        lock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("the group commit has been closed");
            }
            if (storer == null) {
                var thread = new Thread(this::storeWhileCalled, threadName);
                thread.setDaemon(true);
                thread.start();
                storer = thread;
            }
            mine = next;
            if (mine.callers++ == 0) {
                requested.signal();
            }
        } finally {
            lock.unlock();
        }
        try {
            mine.ended.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : e;
        }
    }

    private void storeWhileCalled() {
        while (true) {
            Store taken;
            lock.lock();
            try {
                while (next.callers == 0 && !closed) {
                    requested.awaitUninterruptibly();
                }
                if (next.callers == 0) {
                    return;
                }
                taken = next;
                next = new Store();
            } finally {
                lock.unlock();
            }
            try {
                store.run();
                taken.ended.complete(null);
            } catch (RuntimeException | Error failure) {
                taken.ended.completeExceptionally(failure);
            }
        }
    }

    /** Serves the callers already waiting, then lets the storing thread end; later callers are refused. */
    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            requested.signal();
        } finally {
            lock.unlock();
        }
    }

    /** How many callers wait for a store that has not begun yet (for tests to meet them there). */
    int waitingForNextStore() {
        lock.lock();
        try {
            return next.callers;
        } finally {
            lock.unlock();
        }
    }
}
