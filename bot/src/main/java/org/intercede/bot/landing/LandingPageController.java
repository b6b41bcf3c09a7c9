package org.intercede.bot.landing;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.intercede.bot.report.BotStats;
import org.intercede.prompts.Catalog;
import org.intercede.prompts.Jurisdiction;
import org.intercede.prompts.PromptCatalog;
import org.intercede.sms.redis.RedisKeys;
import redis.clients.jedis.UnifiedJedis;

import java.util.Optional;

/**
 * {@code GET /d/<token>}: the deterrence landing page. A visit is counted for its conversation and in the
 * figures; nothing about the visitor (address, browser) is read or kept. No script, cookie or outside
 * resource, and a policy that forbids them.
 */
@Controller("/d")
@ExecuteOn(TaskExecutors.BLOCKING)
public class LandingPageController {
    private static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";
    private final LandingLinks links;
    private final PromptCatalog prompts;
    private final BotStats stats;
    private final UnifiedJedis redis;
    private final RedisKeys keys;
    private final long retentionSeconds;

    public LandingPageController(LandingLinks links, PromptCatalog prompts, BotStats stats, UnifiedJedis redis, RedisKeys keys,
                                 org.intercede.bot.policy.BotSettings settings) {
        this.links = links;
        this.prompts = prompts;
        this.stats = stats;
        this.redis = redis;
        this.keys = keys;
        this.retentionSeconds = settings.retention().toSeconds();
    }

    @Get("/{token}")
    HttpResponse<String> page(@PathVariable String token) {
        Optional<LandingLinks.Landing> landing = links.find(token);
        if (landing.isEmpty()) {
            return secured(HttpResponse.notFound("<!DOCTYPE html><title>Not found</title><p>This link has expired.</p>"));
        }
        LandingLinks.Landing l = landing.get();
        Catalog catalog = prompts.current();
        Jurisdiction jurisdiction = catalog.jurisdiction(l.jurisdiction()).or(catalog::defaultJurisdiction).orElseThrow();
        String visits = keys.key("c" + l.conversation(), "visits");
        redis.incr(visits);
        redis.expire(visits, retentionSeconds);
        stats.visit(l.decoy(), l.persona(), jurisdiction.id());
        return secured(HttpResponse.ok(LandingPage.render(catalog, jurisdiction, l.locale())));
    }

    private static MutableHttpResponse<String> secured(MutableHttpResponse<String> response) {
        return response.contentType(MediaType.TEXT_HTML_TYPE)
                .header("Content-Security-Policy", POLICY)
                .header("Referrer-Policy", "no-referrer")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, max-age=3600");
    }
}
