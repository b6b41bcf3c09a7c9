package org.intercede.server.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.intercede.outreach.console.audit.AuditLog;
import org.intercede.outreach.console.auth.ConsoleUser;
import org.intercede.outreach.console.auth.NewUser;
import org.intercede.outreach.console.auth.Role;
import org.intercede.outreach.console.auth.SessionStore;
import org.intercede.outreach.console.auth.UserStore;
import org.intercede.sms.message.MessageStore;
import org.intercede.sms.twilio.FakeTwilio;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How fast a reply reaches a caseworker's screen while the gateway takes replies at a steady 500 per second.
 * One console is connected as a real page is: its event stream, and on every notice a refresh of the inbox
 * list (coalesced as the page's script does, one fetch at a time). Measured per reply, from the moment its
 * webhook was due: to the notice at the console ({@code console.reply_to_notice}), and to the end of the
 * first inbox refresh that started after the notice ({@code console.reply_to_screen}); and how long one
 * refresh of the inbox list takes under that load ({@code console.inbox_refresh}).
 */
public class ConsoleBench implements BenchSuite {
    private static final String OUTREACH = "+12065550142";
    private static final int RATE = 500;
    private static final Pattern NOTICE_ID = Pattern.compile("\"id\":\"([0-9a-f]+)\"");

    @Override
    public String target() {
        return "console";
    }

    @Override
    public List<Measurement> run(Duration duration) throws Exception {
        Path data = Files.createTempDirectory("intercede-bench");
        String prefix = "bench-" + Long.toHexString(System.nanoTime()) + "-console";
        try (FakeTwilio twilio = new FakeTwilio(16);
             ApplicationContext app = BenchApp.context(data, prefix, twilio, Map.of(
                     "intercede.outbound.dispatch", "false", "intercede.cases.staffed-hours", "always",
                     "intercede.console.password-memory", "64", "intercede.console.password-iterations", "1"))) {
            app.getBean(EmbeddedServer.class).start();
            try {
                return measure(app, duration);
            } finally {
                BenchApp.removeKeys(app);
            }
        } finally {
            BenchApp.deleteQuietly(data);
        }
    }

    private List<Measurement> measure(ApplicationContext app, Duration duration) throws Exception {
        URI base = URI.create(app.getBean(EmbeddedServer.class).getURL().toString());
        ConsoleUser supervisor = app.getBean(UserStore.class).create(AuditLog.SYSTEM,
                NewUser.of("bench-supervisor", Role.SUPERVISOR), "bench-password-" + System.nanoTime());
        String cookie = "intercede_session=" + app.getBean(SessionStore.class).create(supervisor, "127.0.0.1").id();
        MessageStore messages = app.getBean(MessageStore.class);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(4)).build();

        Map<String, Long> due = new ConcurrentHashMap<>();
        List<Long> toNotice = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Long> toScreen = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Long> refreshes = java.util.Collections.synchronizedList(new ArrayList<>());
        LinkedBlockingQueue<String> noticed = new LinkedBlockingQueue<>();
        HttpResponse<InputStream> stream = http.send(HttpRequest.newBuilder(base.resolve("/console/events"))
                .header("Cookie", cookie).header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
        Thread reader = new Thread(() -> readNotices(stream.body(), due, toNotice, noticed), "bench-console-events");
        reader.setDaemon(true);
        reader.start();
        Thread refresher = new Thread(() -> refreshLikeThePage(http, base, cookie, due, noticed, toScreen, refreshes), "bench-console-page");
        refresher.setDaemon(true);
        refresher.start();

        ExecutorService senders = Executors.newFixedThreadPool(64);
        Timing webhooks;
        try {
            // The first seconds load the models and compile the hot paths: sent, not counted.
            replies(http, base, messages, senders, Duration.ofSeconds(Math.min(3, duration.toSeconds())), 60_000_000L, due);
            TimeUnit.SECONDS.sleep(1);
            due.clear();
            toNotice.clear();
            toScreen.clear();
            refreshes.clear();
            webhooks = replies(http, base, messages, senders, duration, 70_000_000L, due);
        } finally {
            senders.shutdownNow();
        }
        TimeUnit.SECONDS.sleep(2);
        reader.interrupt();
        refresher.interrupt();
        stream.body().close();
        long sent = (long) (RATE * duration.toSeconds());
        return List.of(
                Measurement.of("console.webhook@" + RATE + "/s", webhooks),
                Measurement.of("console.reply_to_notice@" + RATE + "/s", timing(toNotice, sent, duration)),
                Measurement.of("console.reply_to_screen@" + RATE + "/s", timing(toScreen, sent, duration)),
                Measurement.of("console.inbox_refresh@" + RATE + "/s", Timing.of(
                        refreshes.stream().mapToLong(Long::longValue).toArray(), refreshes.size(), duration.toNanos())));
    }

    private static Timing replies(HttpClient http, URI base, MessageStore messages, ExecutorService senders,
                                  Duration duration, long first, Map<String, Long> due) throws Exception {
        return LoadClients.openLoop(RATE, duration, senders, i -> {
            String person = BenchApp.recipient(first + i);
            due.put(messages.conversationId(OUTREACH, person), System.nanoTime());
            BenchApp.webhook(http, base, "/twilio/sms", person, OUTREACH, first + i, "hi, can you help me? " + i);
        });
    }

    private static void readNotices(InputStream body, Map<String, Long> due, List<Long> toNotice, LinkedBlockingQueue<String> noticed) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String event = "";
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("event:")) {
                    event = line.substring(6).trim();
                } else if (line.startsWith("data:") && event.equals("case") && line.contains("\"new\"")) {
                    Matcher id = NOTICE_ID.matcher(line);
                    Long sentAt = id.find() ? due.get(id.group(1)) : null;
                    if (sentAt != null) {
                        toNotice.add(System.nanoTime() - sentAt);
                        noticed.add(id.group(1));
                    }
                }
            }
        } catch (Exception stopped) {
            // The benchmark closed the stream.
        }
    }

    /** One inbox fetch at a time; every reply noticed before a fetch started is on screen when it ends. */
    private static void refreshLikeThePage(HttpClient http, URI base, String cookie, Map<String, Long> due,
                                           LinkedBlockingQueue<String> noticed, List<Long> toScreen, List<Long> refreshes) {
        HttpRequest inbox = HttpRequest.newBuilder(base.resolve("/console/fragments/inbox?view=all"))
                .header("Cookie", cookie).header("Accept", "text/html").build();
        try {
            while (!Thread.currentThread().isInterrupted()) {
                List<String> batch = new ArrayList<>();
                batch.add(noticed.take());
                noticed.drainTo(batch);
                long started = System.nanoTime();
                HttpResponse<String> page = http.send(inbox, HttpResponse.BodyHandlers.ofString());
                refreshes.add(System.nanoTime() - started);
                if (page.statusCode() != 200) {
                    throw new IllegalStateException("the inbox answered " + page.statusCode());
                }
                long now = System.nanoTime();
                for (String id : batch) {
                    Long sentAt = due.remove(id);
                    if (sentAt != null) {
                        toScreen.add(now - sentAt);
                    }
                }
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            throw new IllegalStateException("the console refresh failed: " + e.getMessage(), e);
        }
    }

    /** A reply never seen counts as failed: the figures must not look better by losing the slow ones. */
    private static Timing timing(List<Long> latencies, long sent, Duration duration) {
        if (latencies.size() < sent) {
            throw new IllegalStateException((sent - latencies.size()) + " of " + sent + " replies never reached the console");
        }
        long[] values = latencies.stream().mapToLong(Long::longValue).toArray();
        return Timing.of(values, values.length, duration.toNanos());
    }
}
