package org.intercede.server.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** Load from several client threads: closed-loop (as fast as answers come) or open-loop at a fixed rate. */
final class LoadClients {
    /** Calls that failed since the last {@link #takeFailures()}. */
    private static final AtomicLong FAILURES = new AtomicLong();

    private LoadClients() {
    }

    static long takeFailures() {
        return FAILURES.getAndSet(0);
    }

    interface Call {
        /** One request; returns normally only when the server answered as expected. */
        void run(long sequence) throws Exception;
    }

    /** {@code clients} threads each call as fast as they can for {@code duration}, after a warm-up. */
    static Timing closedLoop(int clients, Duration warmUp, Duration duration, Call call) throws Exception {
        AtomicLong sequence = new AtomicLong();
        run(clients, warmUp, sequence, call, null);
        return measure(clients, duration, sequence, call).timing();
    }

    /** The latencies (ns) of measured calls and the wall time they took; runs of one thing can be pooled. */
    record Run(List<long[]> latencies, long wallNanos) {
        Timing timing() {
            return merge(latencies, wallNanos);
        }

        static Timing pooled(List<Run> runs) {
            List<long[]> all = new ArrayList<>();
            runs.forEach(r -> all.addAll(r.latencies()));
            return merge(all, runs.stream().mapToLong(Run::wallNanos).sum());
        }
    }

    /** One measured closed loop; {@code sequence} numbers the calls on from where an earlier loop stopped. */
    static Run measure(int clients, Duration duration, AtomicLong sequence, Call call) throws InterruptedException {
        List<long[]> latencies = new ArrayList<>();
        long start = System.nanoTime();
        run(clients, duration, sequence, call, latencies);
        return new Run(latencies, System.nanoTime() - start);
    }

    /** Calls that are not measured, to let the JIT and the connections settle first. */
    static void warm(int clients, Duration duration, AtomicLong sequence, Call call) throws InterruptedException {
        run(clients, duration, sequence, call, null);
    }

    /**
     * Measures {@code a} and {@code b} (each after a warm-up) in alternating rounds that add up to
     * {@code duration} for each, and pools each one's rounds. This machine's speed drifts (its cores are
     * shared with other guests): alternating puts the drift on both alike, so their ratio is steadier than
     * two back-to-back measurements give.
     *
     * @return a's timing, then b's
     */
    static Timing[] alternating(int clients, Duration warmUp, Duration duration, int rounds, Call a, Call b)
            throws InterruptedException {
        AtomicLong aSequence = new AtomicLong();
        AtomicLong bSequence = new AtomicLong();
        warm(clients, warmUp, aSequence, a);
        warm(clients, warmUp, bSequence, b);
        Duration slice = duration.dividedBy(rounds);
        List<Run> aRuns = new ArrayList<>();
        List<Run> bRuns = new ArrayList<>();
        // One more round than asked, the first not counted: the code each one runs shares paths with the other's
        // (the HTTP server, the client), and a path compiled while only one of them ran is compiled again.
        for (int r = 0; r <= rounds; r++) {
            Run aRun = measure(clients, slice, aSequence, a);
            Run bRun = measure(clients, slice, bSequence, b);
            if (r > 0) {
                aRuns.add(aRun);
                bRuns.add(bRun);
            }
        }
        return new Timing[] {Run.pooled(aRuns), Run.pooled(bRuns)};
    }

    private static void run(int clients, Duration duration, AtomicLong sequence, Call call, List<long[]> out)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + duration.toNanos();
        CountDownLatch done = new CountDownLatch(clients);
        List<long[]> perThread = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int c = 0; c < clients; c++) {
            pool.execute(() -> {
                long[] mine = new long[1 << 14];
                int n = 0;
                try {
                    long now = System.nanoTime();
                    while (now < end) {
                        try {
                            call.run(sequence.getAndIncrement());
                        } catch (Exception e) {
                            // Counted, not timed: a failed call is reported, never passed off as a fast one.
                            FAILURES.incrementAndGet();
                            now = System.nanoTime();
                            continue;
                        }
                        long after = System.nanoTime();
                        if (n == mine.length) {
                            mine = java.util.Arrays.copyOf(mine, n * 2);
                        }
                        mine[n++] = after - now;
                        now = after;
                    }
                } finally {
                    perThread.add(java.util.Arrays.copyOf(mine, n));
                    done.countDown();
                }
            });
        }
        done.await();
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        if (out != null) {
            out.addAll(perThread);
        }
    }

    /**
     * Requests started at a fixed rate whatever the answers do; latency counts from when each request was due,
     * so a stall is not hidden by requests that were never sent (coordinated omission).
     */
    static Timing openLoop(int perSecond, Duration duration, ExecutorService senders, Call call) throws Exception {
        int total = (int) (perSecond * duration.toSeconds());
        long[] latencies = new long[total];
        long intervalNanos = 1_000_000_000L / perSecond;
        CountDownLatch done = new CountDownLatch(total);
        AtomicLong failures = new AtomicLong();
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            int index = i;
            senders.execute(() -> {
                try {
                    call.run(index);
                } catch (Exception e) {
                    failures.incrementAndGet();
                } finally {
                    latencies[index] = System.nanoTime() - due;
                    done.countDown();
                }
            });
        }
        done.await();
        long wall = System.nanoTime() - start;
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " benchmark requests failed");
        }
        return Timing.of(latencies, total, wall);
    }

    static Timing merge(List<long[]> perThread, long wallNanos) {
        int count = perThread.stream().mapToInt(a -> a.length).sum();
        long[] all = new long[count];
        int at = 0;
        for (long[] part : perThread) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return Timing.of(all, count, wallNanos);
    }
}
