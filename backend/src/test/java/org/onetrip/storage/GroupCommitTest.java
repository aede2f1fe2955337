package org.onetrip.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    /** A store that blocks until the test lets it end, and counts how many began. */
    static final class HeldStore implements Runnable {
        final AtomicInteger begun = new AtomicInteger();
        final Semaphore mayEnd = new Semaphore(0);
        final Semaphore began = new Semaphore(0);
        volatile RuntimeException failNext;

        @Override
        public void run() {
            begun.incrementAndGet();
            began.release();
            mayEnd.acquireUninterruptibly();
            var failure = failNext;
            failNext = null;
            if (failure != null) {
                throw failure;
            }
        }

        void awaitBegun() throws InterruptedException {
            assertThat(began.tryAcquire(10, TimeUnit.SECONDS))
                    .as("a store began")
                    .isTrue();
        }
    }

    final HeldStore store = new HeldStore();
    final GroupCommit group = new GroupCommit(store, "test-group-commit");
    final ExecutorService threads = Executors.newFixedThreadPool(16);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
        group.close();
        store.mayEnd.release(100);
    }

    CompletableFuture<Void> call() {
        return CompletableFuture.runAsync(group::awaitStoreBegunAfterNow, threads);
    }

    void awaitWaiting(int callers) throws InterruptedException {
        var deadline = Instant.now().plusSeconds(10);
        while (group.waitingForNextStore() < callers && Instant.now().isBefore(deadline)) {
            Thread.sleep(5);
        }
        assertThat(group.waitingForNextStore())
                .as("callers waiting for the next store")
                .isEqualTo(callers);
    }

    @Test
    void a_caller_returns_when_the_store_that_began_after_its_call_ends() throws Exception {
        var caller = call();
        store.awaitBegun();
        assertThat(caller).as("returned before its store ended").isNotDone();
        store.mayEnd.release();
        caller.get(10, TimeUnit.SECONDS);
        assertThat(store.begun).hasValue(1);
    }

    @Test
    void callers_arriving_during_a_store_wait_for_the_next_one_and_share_it() throws Exception {
        var first = call();
        store.awaitBegun();
        var latecomers = new ArrayList<CompletableFuture<Void>>();
        for (int i = 0; i < 4; i++) {
            latecomers.add(call());
        }
        awaitWaiting(4);
        store.mayEnd.release();
        first.get(10, TimeUnit.SECONDS);
        store.awaitBegun();
        assertThat(latecomers)
                .as("the store that was running began before they committed")
                .noneMatch(CompletableFuture::isDone);
        store.mayEnd.release();
        CompletableFuture.allOf(latecomers.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
        assertThat(store.begun).as("one store for the four latecomers").hasValue(2);
    }

    @Test
    void a_failed_store_fails_every_caller_that_waited_for_it_and_the_next_caller_waits_for_another() throws Exception {
        var first = call();
        store.awaitBegun();
        List<CompletableFuture<Void>> sharing = List.of(call(), call());
        awaitWaiting(2);
        store.mayEnd.release();
        first.get(10, TimeUnit.SECONDS);

        store.awaitBegun();
        store.failNext = new IllegalStateException("disk full");
        store.mayEnd.release();
        for (var caller : sharing) {
            assertThatThrownBy(() -> caller.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("disk full");
        }

        var later = call();
        store.awaitBegun();
        assertThat(later).as("a failed store stores nothing").isNotDone();
        store.mayEnd.release();
        later.get(10, TimeUnit.SECONDS);
        assertThat(store.begun).hasValue(3);
    }

    @Test
    void a_store_runs_on_the_group_commits_own_thread_and_never_on_a_callers() throws Exception {
        var storing = new CompletableFuture<String>();
        var named =
                new GroupCommit(() -> storing.complete(Thread.currentThread().getName()), "h2-group-commit");
        try {
            CompletableFuture.runAsync(named::awaitStoreBegunAfterNow, threads).get(10, TimeUnit.SECONDS);
            assertThat(storing.get()).as("no caller runs a store").isEqualTo("h2-group-commit");
        } finally {
            named.close();
        }
    }

    @Test
    void a_closed_group_serves_the_callers_already_waiting_and_refuses_later_ones() throws Exception {
        var first = call();
        store.awaitBegun();
        var waiting = call();
        awaitWaiting(1);
        group.close();
        store.mayEnd.release(2);
        first.get(10, TimeUnit.SECONDS);
        waiting.get(10, TimeUnit.SECONDS);
        assertThat(store.begun).hasValue(2);
        assertThatThrownBy(group::awaitStoreBegunAfterNow).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void every_caller_returns_after_a_store_that_began_after_its_call() throws Exception {
        var stamps = new AtomicInteger();
        var lastEndedBegan = new AtomicInteger();
        var ticking = new GroupCommit(
                () -> {
                    int began = stamps.incrementAndGet();
                    try {
                        Thread.sleep(1);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    lastEndedBegan.set(began);
                },
                "ticking-group-commit");
        var callers = new ArrayList<CompletableFuture<Boolean>>();
        for (int i = 0; i < 200; i++) {
            callers.add(CompletableFuture.supplyAsync(
                    () -> {
                        int calledAt = stamps.incrementAndGet();
                        ticking.awaitStoreBegunAfterNow();
                        return lastEndedBegan.get() > calledAt;
                    },
                    threads));
        }
        for (var caller : callers) {
            assertThat(caller.get(Duration.ofSeconds(30).toMillis(), TimeUnit.MILLISECONDS))
                    .isTrue();
        }
        assertThat(stamps.get()).as("stores shared").isLessThan(400);
        ticking.close();
    }

    @Test
    void an_interrupted_caller_still_waits_for_its_store_and_keeps_its_interrupt() throws Exception {
        var first = call();
        store.awaitBegun();
        var interrupted = CompletableFuture.supplyAsync(
                () -> {
                    Thread.currentThread().interrupt();
                    group.awaitStoreBegunAfterNow();
                    return Thread.currentThread().isInterrupted();
                },
                threads);
        awaitWaiting(1);
        store.mayEnd.release();
        first.get(10, TimeUnit.SECONDS);
        store.awaitBegun();
        assertThat(interrupted).isNotDone();
        store.mayEnd.release();
        assertThat(interrupted.get(10, TimeUnit.SECONDS))
                .as("still interrupted")
                .isTrue();
        assertThat(store.begun).hasValue(2);
    }
}
