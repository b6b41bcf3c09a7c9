package org.intercede.outreach.ads;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** A saved ad page as an {@link Ad}, read with a site's {@link HtmlProfile}. */
public final class HtmlAdReader {
    private HtmlAdReader() {
    }

    public static Ad read(Path page, HtmlProfile profile) throws IOException {
        Document document = Jsoup.parse(page.toFile(), StandardCharsets.UTF_8.name());
        String url = attribute(document, profile.selectors().getOrDefault("url", "link[rel=canonical]"), "href", "content");
        String posted = attribute(document, profile.selectors().get("posted_at"), "datetime", "content");
        if (posted == null) {
            posted = text(document, profile.selectors().get("posted_at"));
        }
        return new Ad(profile.source(), url, AdReader.postedAt(posted), text(document, profile.selectors().get("title")),
                text(document, profile.selectors().get("text")), text(document, profile.selectors().get("city")), profile.region());
    }

    /** The first matching element's text, or (for selectors listing alternatives) the first non-empty one. */
    private static String text(Document document, String selector) {
        if (selector == null) {
            return null;
        }
        for (String alternative : selector.split(",")) {
            Elements found = document.select(alternative.trim());
            // wholeText keeps line breaks, which ads use to hide the parts of a number.
            String joined = found.stream().map(Element::wholeText).map(String::strip).filter(t -> !t.isEmpty())
                    .collect(Collectors.joining("\n"));
            if (!joined.isEmpty()) {
                return joined;
            }
        }
        return null;
    }

    private static String attribute(Document document, String selector, String... names) {
        if (selector == null) {
            return null;
        }
        for (Element element : document.select(selector)) {
            for (String name : names) {
                if (element.hasAttr(name) && !element.attr(name).isBlank()) {
                    return element.attr(name).trim();
                }
            }
        }
        return null;
    }
}
