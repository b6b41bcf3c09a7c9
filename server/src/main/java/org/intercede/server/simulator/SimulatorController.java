package org.intercede.server.simulator;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.sse.Event;
import org.intercede.sms.numbers.NumberRegistry;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The simulator page and its JSON API. Translates HTTP to {@link SimulatorService} calls, nothing more. */
@Controller
public class SimulatorController {
    private static final Duration KEEPALIVE = Duration.ofSeconds(15);
    private final SimulatorService simulator;
    private final NumberRegistry numbers;
    private final String page;

    public SimulatorController(SimulatorService simulator, NumberRegistry numbers) {
        this.simulator = simulator;
        this.numbers = numbers;
        this.page = resource("/public/simulator.html");
    }

    @Get("/")
    HttpResponse<?> home() {
        return HttpResponse.seeOther(java.net.URI.create("/simulator"));
    }

    @Get("/simulator")
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<String> page() {
        if (!simulator.enabled()) {
            throw new SimulatorOffException();
        }
        return HttpResponse.ok(page);
    }

    @Get("/api/simulator/numbers")
    List<Map<String, String>> numbers() {
        if (!simulator.enabled()) {
            throw new SimulatorOffException();
        }
        return numbers.all().stream()
                .map(n -> Map.of("number", n.number(), "role", n.role().label(), "label", n.label()))
                .toList();
    }

    @Post("/api/simulator/messages")
    HttpResponse<MessageView> send(@Body SimulatedText text) {
        return HttpResponse.status(HttpStatus.ACCEPTED).body(MessageView.of(simulator.send(text)));
    }

    @Get("/api/simulator/messages")
    Map<String, Object> thread(@QueryValue String from, @QueryValue String to) {
        SimulatorService.Pair pair = simulator.pair(from, to);
        return Map.of("from", pair.phone(), "to", pair.ourNumber(),
                "messages", simulator.thread(pair).stream().map(MessageView::of).toList());
    }

    /** The thread so far, then every new or changed message as it happens (server-sent events). */
    @Get(value = "/api/simulator/events", produces = MediaType.TEXT_EVENT_STREAM)
    Publisher<Event<?>> events(@QueryValue String from, @QueryValue String to) {
        SimulatorService.Pair pair = simulator.pair(from, to);
        Flux<Event<?>> messages = Flux.create(sink -> {
            // Watch before reading the history so nothing falls between the two; the page drops repeats by id.
            AutoCloseable watch = simulator.watch(pair, m -> sink.next(Event.of(MessageView.of(m)).name("message").id(m.id())));
            sink.onDispose(() -> close(watch));
            // A first event at once, so the browser knows the stream is open even before any message.
            sink.next(Event.of(Map.of("from", pair.phone(), "to", pair.ourNumber())).name("ready"));
            simulator.thread(pair).forEach(m -> sink.next(Event.of(MessageView.of(m)).name("message").id(m.id())));
        }, FluxSink.OverflowStrategy.BUFFER);
        Flux<Event<?>> keepalive = Flux.interval(KEEPALIVE).map(i -> Event.of(Map.of()).name("ping"));
        return Flux.merge(messages, keepalive);
    }

    @Error
    HttpResponse<Map<String, String>> off(HttpRequest<?> request, SimulatorOffException e) {
        return HttpResponse.<Map<String, String>>status(HttpStatus.NOT_FOUND).body(Map.of("error", e.getMessage()));
    }

    @Error
    HttpResponse<Map<String, String>> badInput(HttpRequest<?> request, IllegalArgumentException e) {
        return HttpResponse.badRequest(Map.of("error", e.getMessage()));
    }

    private static void close(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // Closing a listener registration cannot fail in a way the caller could act on.
        }
    }

    private static String resource(String path) {
        try (InputStream in = SimulatorController.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
