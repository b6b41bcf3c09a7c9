package org.intercede.outreach.console.admin;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;
import org.intercede.outreach.console.auth.ConsoleRequest;
import org.intercede.outreach.console.auth.Role;
import org.intercede.prompts.Catalog;
import org.intercede.prompts.CatalogEntry;
import org.intercede.prompts.PromptCatalog;
import org.intercede.prompts.PromptsSettings;
import org.intercede.prompts.SmsSegments;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The message catalog in force, read-only, for admins: every key grouped by its first part, each locale's
 * variants with their SMS segment count. An outreach message over one segment is flagged: it costs more and
 * arrives in parts, which is worse on a phone someone else may read.
 */
@Controller("/console/admin/catalog")
@ExecuteOn(TaskExecutors.BLOCKING)
public class CatalogPageController {
    private final PromptCatalog prompts;
    private final PromptsSettings settings;

    public CatalogPageController(PromptCatalog prompts, PromptsSettings settings) {
        this.prompts = prompts;
        this.settings = settings;
    }

    @Get(produces = MediaType.TEXT_HTML)
    @View("console/admin/catalog")
    Map<String, Object> page(HttpRequest<?> request) {
        ConsoleRequest.requireRole(request, Role.ADMIN); // before the catalog is read for someone who may not see it
        return AdminPages.page(request, "Messages", "catalog", content());
    }

    private Map<String, Object> content() {
        Catalog catalog = prompts.current();
        Map<String, List<Map<String, Object>>> groups = new LinkedHashMap<>();
        for (String key : catalog.keys()) {
            catalog.find(key).ifPresent(entry ->
                    groups.computeIfAbsent(key.split("\\.", 2)[0], g -> new ArrayList<>()).add(entry(entry)));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("dir", settings.dir() == null || settings.dir().isBlank() ? "" : settings.dir());
        model.put("groups", groups.entrySet().stream().map(g -> Map.of("name", g.getKey(), "messages", g.getValue())).toList());
        model.put("flagged", groups.values().stream().flatMap(List::stream).filter(k -> (boolean) k.get("over")).count());
        return model;
    }

    private static Map<String, Object> entry(CatalogEntry entry) {
        boolean outreach = entry.key().startsWith("outreach.");
        List<Map<String, Object>> rows = new ArrayList<>();
        boolean over = false;
        for (Map.Entry<String, List<String>> locale : new TreeMap<>(entry.variants()).entrySet()) {
            int n = 0;
            for (String text : locale.getValue()) {
                int segments = SmsSegments.count(text).segments();
                boolean tooLong = outreach && segments > 1;
                over |= tooLong;
                rows.add(Map.of("label", locale.getKey() + " " + (++n), "text", text, "segments", segments, "over", tooLong));
            }
        }
        Map<String, Object> model = new HashMap<>();
        model.put("key", entry.key());
        model.put("file", entry.file());
        model.put("rows", rows);
        model.put("over", over);
        return model;
    }
}
