package org.onetrip.storage;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Lets concurrent committers share one store: {@link #awaitStoreBegunAfterNow()} returns once a store that began
 * after the call has finished, and whoever finds no store running starts one for everybody waiting. Hand-written
 * because H2 has no group commit: asked to store on every commit ({@code WRITE_DELAY=0}) it writes one file chunk per
 * commit, and otherwise only on its timer (docs/benchmarks.md, round 10).
 */
final class GroupCommit {

    private final Runnable store;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition storeEnded = lock.newCondition();
    private long started;
    private long finished;
    private boolean storing;

    GroupCommit(Runnable store) {
        this.store = store;
    }

    /**
     * Waits without giving way to interrupts: the caller's commit has happened, and its caller must not be told so
     * before it is stored. A failed store is thrown to the caller that ran it; the others run another one.
     */
    void awaitStoreBegunAfterNow() {
        lock.lock();
        try {
            long needed = started + 1;
            while (finished < needed) {
                if (storing) {
                    storeEnded.awaitUninterruptibly();
                    continue;
                }
                storing = true;
                long mine = ++started;
                boolean stored = false;
                lock.unlock();
                try {
                    store.run();
                    stored = true;
                } finally {
                    lock.lock();
                    storing = false;
                    if (stored) {
                        finished = mine;
                    }
                    storeEnded.signalAll();
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** How many callers wait for a store to end (for tests to meet them there). */
    int waiting() {
        lock.lock();
        try {
            return lock.getWaitQueueLength(storeEnded);
        } finally {
            lock.unlock();
        }
    }
}
