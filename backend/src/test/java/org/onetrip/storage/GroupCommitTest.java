package org.onetrip.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
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
        var allCalled = new CountDownLatch(4);
        for (int i = 0; i < 4; i++) {
            latecomers.add(CompletableFuture.runAsync(
                    () -> {
                        allCalled.countDown();
                        group.awaitStoreBegunAfterNow();
                    },
                    threads));
        }
        allCalled.await(10, TimeUnit.SECONDS);
        Thread.sleep(500); // time to reach the wait; a latecomer would need a third store and fail the count
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
        List<CompletableFuture<Void>> waiting = List.of(call(), call());
        Thread.sleep(500); // time to reach the wait; a latecomer would need a third store and fail the count
        store.failNext = new IllegalStateException("disk full");
        store.mayEnd.release();
        assertThatThrownBy(() -> first.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("disk full");
        store.awaitBegun();
        assertThat(waiting).noneMatch(CompletableFuture::isDone);
        store.mayEnd.release();
        CompletableFuture.allOf(waiting.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
        assertThat(store.begun).as("one more store, shared by both").hasValue(2);
    }

    @Test
    void many_callers_in_a_row_each_see_a_store_begun_after_their_call() throws Exception {
        var stamps = new AtomicInteger();
        var storeBegan = new ConcurrentLinkedQueue<Integer>();
        var ticking = new GroupCommit(() -> storeBegan.add(stamps.incrementAndGet()));
        var callers = new ArrayList<CompletableFuture<Boolean>>();
        for (int i = 0; i < 64; i++) {
            callers.add(CompletableFuture.supplyAsync(
                    () -> {
                        int calledAt = stamps.incrementAndGet();
                        ticking.awaitStoreBegunAfterNow();
                        return storeBegan.stream().anyMatch(began -> began > calledAt);
                    },
                    threads));
        }
        for (var caller : callers) {
            assertThat(caller.get(Duration.ofSeconds(10).toMillis(), TimeUnit.MILLISECONDS))
                    .isTrue();
        }
    }
}
