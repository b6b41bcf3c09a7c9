package org.intercede.bot.landing;

import org.intercede.prompts.Catalog;
import org.intercede.prompts.HelpResource;
import org.intercede.prompts.Jurisdiction;
import org.intercede.prompts.Penalty;

import java.util.Map;

/** The landing page's HTML: one small self-contained document, no script, no outside resource. */
final class LandingPage {
    private static final String STYLE = "body{font:17px/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;"
            + "padding:0 1rem;color:#1d2430}h1{font-size:1.5rem}li{margin:.5rem 0}small{color:#5b6576}"
            + ".src{display:block;font-size:.85rem;color:#5b6576}";

    private LandingPage() {
    }

    static String render(Catalog catalog, Jurisdiction jurisdiction, String locale) {
        StringBuilder html = new StringBuilder(4096);
        String lang = escape(locale);
        html.append("<!DOCTYPE html><html lang=\"").append(lang).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<meta name=\"robots\" content=\"noindex\">")
                .append("<title>").append(text(catalog, "landing.title", locale)).append("</title>")
                .append("<style>").append(STYLE).append("</style></head><body><main>")
                .append("<h1>").append(text(catalog, "landing.title", locale)).append("</h1>")
                .append("<p>").append(text(catalog, "landing.harm", locale)).append("</p>")
                .append("<h2>").append(escape(jurisdiction.name())).append("</h2>")
                .append("<p>").append(text(catalog, "landing.law_intro", locale)).append("</p><ul>");
        for (Penalty penalty : jurisdiction.penalties()) {
            html.append("<li><strong>").append(escape(penalty.offence())).append("</strong>: ")
                    .append(escape(penalty.penalty())).append("<span class=\"src\">").append(escape(penalty.source()))
                    .append("</span></li>");
        }
        html.append("</ul><p>").append(text(catalog, "landing.help_intro", locale)).append("</p><ul>");
        for (HelpResource resource : jurisdiction.resources()) {
            html.append("<li><strong>").append(escape(resource.name())).append("</strong>");
            if (resource.phone() != null) {
                html.append(" · <a href=\"tel:").append(escape(resource.phone().replaceAll("[^+0-9]", ""))).append("\">")
                        .append(escape(resource.phone())).append("</a>");
            }
            if (resource.url() != null && resource.url().startsWith("https://")) {
                html.append(" · <a href=\"").append(escape(resource.url())).append("\" rel=\"noreferrer\">")
                        .append(escape(resource.url().replaceFirst("^https://", ""))).append("</a>");
            }
            if (resource.forWhom() != null) {
                html.append("<span class=\"src\">").append(escape(resource.forWhom())).append("</span>");
            }
            html.append("</li>");
        }
        html.append("</ul><p><small>").append(text(catalog, "landing.footer", locale)).append("</small></p>")
                .append("</main></body></html>");
        return html.toString();
    }

    private static String text(Catalog catalog, String key, String locale) {
        return escape(catalog.render(key, locale, Map.of()));
    }

    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (char c : value.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
