package org.intercede.outreach.console;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.sse.Event;
import org.intercede.outreach.cases.CaseAssigner;
import org.intercede.outreach.cases.CaseEvents;
import org.intercede.outreach.cases.CaseSettings;
import org.intercede.outreach.cases.Presence;
import org.intercede.outreach.console.auth.ConsoleRequest;
import org.intercede.outreach.console.auth.ConsoleUser;
import org.intercede.outreach.console.auth.Role;
import org.intercede.outreach.console.auth.SessionStore;
import org.intercede.sms.events.MessageEvents;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The console's live feed (server-sent events): "case C changed" for every case, alerts for those who should
 * hear them, and, on a case page, that case's delivery updates. Notices carry ids only; the page re-reads what
 * it shows, so access rules stay in one place. The open feed is also the caseworker's presence.
 */
@Controller("/console/events")
public class ConsoleEventsController {
    private final CaseEvents cases;
    private final MessageEvents messages;
    private final Presence presence;
    private final CaseAssigner assigner;
    private final SessionStore sessions;
    private final Duration heartbeatEvery;

    public ConsoleEventsController(CaseEvents cases, MessageEvents messages, Presence presence, CaseAssigner assigner,
                                   SessionStore sessions, CaseSettings settings) {
        this.heartbeatEvery = settings.heartbeat();
        this.cases = cases;
        this.messages = messages;
        this.presence = presence;
        this.assigner = assigner;
        this.sessions = sessions;
    }

    @Get(produces = MediaType.TEXT_EVENT_STREAM)
    Publisher<Event<?>> events(HttpRequest<?> request, @QueryValue("case") Optional<String> caseId) {
        ConsoleUser user = ConsoleRequest.user(request);
        String sessionId = ConsoleRequest.session(request).id();
        boolean supervisor = user.role().atLeast(Role.SUPERVISOR);
        Flux<Event<?>> notices = Flux.create(sink -> {
            AutoCloseable caseWatch = cases.subscribe(n -> {
                if (n.kind() == CaseEvents.Kind.ALERT) {
                    if (supervisor || "crisis".equals(n.detail())) {
                        sink.next(Event.of(Map.of("kind", n.detail(), "id", n.caseId())).name("alert"));
                    }
                    return;
                }
                sink.next(Event.of(Map.of("kind", n.kind().name().toLowerCase(java.util.Locale.ROOT), "id", n.caseId()))
                        .name("case"));
            });
            AutoCloseable messageWatch = caseId.filter(id -> id.matches("[0-9a-f]{8,64}"))
                    .map(id -> messages.subscribe(id, m -> sink.next(Event.of(Map.of("kind", "message", "id", id)).name("case"))))
                    .orElse(() -> { });
            sink.onDispose(() -> {
                close(caseWatch);
                close(messageWatch);
            });
            sink.next(Event.of(Map.of("user", user.id())).name("ready"));
        }, FluxSink.OverflowStrategy.BUFFER);
        // A page that stops reading must not grow memory without bound; notices are only refresh hints, so
        // the oldest can go.
        notices = notices.onBackpressureBuffer(1_000, dropped -> { }, reactor.core.publisher.BufferOverflowStrategy.DROP_OLDEST);
        // The heartbeat keeps proxies from closing an idle stream and keeps this caseworker online; coming
        // online offers them the cases that waited for someone with room.
        Flux<Event<?>> heartbeat = Flux.interval(Duration.ZERO, heartbeatEvery)
                .publishOn(Schedulers.boundedElastic())
                .map(i -> {
                    if (presence.heartbeat(user.id())) {
                        assigner.pickUpWaiting();
                    }
                    return Event.of(Map.of()).name("ping");
                });
        // The stream ends with the session (idle, signed out, or the account disabled): the page then goes to
        // the sign-in page instead of showing cases to whoever sits at an abandoned desk.
        Mono<Long> sessionEnded = Flux.interval(heartbeatEvery, heartbeatEvery).publishOn(Schedulers.boundedElastic())
                .filter(i -> sessions.find(sessionId, false).isEmpty()).next();
        // Closing the console takes its caseworker offline at once, so new cases stop going to them; another
        // open tab of theirs brings them back at its next heartbeat.
        return Flux.merge(notices, heartbeat).takeUntilOther(sessionEnded)
                .concatWith(Mono.just(Event.of(Map.of()).name("signed-out")))
                .doFinally(signal -> presence.leave(user.id()));
    }

    private static void close(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // Removing a listener cannot fail in a way the page could act on.
        }
    }
}
