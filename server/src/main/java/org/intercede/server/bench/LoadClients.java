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
        List<long[]> latencies = new ArrayList<>();
        long start = System.nanoTime();
        run(clients, duration, sequence, call, latencies);
        long wall = System.nanoTime() - start;
        return merge(latencies, wall);
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
