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
    final GroupCommit group = new GroupCommit(store);
    final ExecutorService threads = Executors.newFixedThreadPool(16);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    CompletableFuture<Void> call() {
        return CompletableFuture.runAsync(group::awaitStoreBegunAfterNow, threads);
    }

    void awaitWaiting(int callers) throws InterruptedException {
        var deadline = Instant.now().plusSeconds(10);
        while (group.waiting() < callers && Instant.now().isBefore(deadline)) {
            Thread.sleep(5);
        }
        assertThat(group.waiting()).as("callers waiting for a store").isEqualTo(callers);
    }

    @Test
    void a_caller_that_finds_no_store_running_starts_one_and_returns_when_it_ends() throws Exception {
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
    void a_failed_store_fails_the_caller_that_ran_it_and_the_others_run_another() throws Exception {
        var first = call();
        store.awaitBegun();
        List<CompletableFuture<Void>> sharing = List.of(call(), call());
        awaitWaiting(2);
        store.mayEnd.release();
        first.get(10, TimeUnit.SECONDS);

        store.awaitBegun();
        awaitWaiting(1);
        store.failNext = new IllegalStateException("disk full");
        store.mayEnd.release();
        store.awaitBegun();
        CompletableFuture.anyOf(sharing.toArray(CompletableFuture[]::new))
                .handle((result, failure) -> result)
                .get(10, TimeUnit.SECONDS);
        var failed = sharing.stream()
                .filter(CompletableFuture::isCompletedExceptionally)
                .toList();
        assertThat(failed).as("the caller that ran the failed store").hasSize(1);
        assertThatThrownBy(() -> failed.get(0).get()).hasRootCauseMessage("disk full");
        var other = sharing.stream()
                .filter(caller -> caller != failed.get(0))
                .findFirst()
                .orElseThrow();
        assertThat(other).as("a failed store stores nothing").isNotDone();
        store.mayEnd.release();
        other.get(10, TimeUnit.SECONDS);
        assertThat(store.begun).hasValue(3);
    }

    @Test
    void every_caller_returns_after_a_store_that_began_after_its_call() throws Exception {
        var stamps = new AtomicInteger();
        var lastEndedBegan = new AtomicInteger();
        var ticking = new GroupCommit(() -> {
            int began = stamps.incrementAndGet();
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            lastEndedBegan.set(began);
        });
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
