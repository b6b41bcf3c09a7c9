package org.intercede.outreach.console;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.io.Writable;
import io.micronaut.core.io.scan.ClassPathResourceLoader;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.views.thymeleaf.ThymeleafViewsRenderer;
import jakarta.inject.Singleton;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Renders a page completely before the response starts, so a template error becomes a 500 instead of a
 * request that never answers: Micronaut Views writes a lazy {@link Writable} after the headers, and an error
 * thrown there is lost (micronaut-views issue 832, open). Pages are small; holding one in memory is cheap.
 */
@Singleton
@Replaces(ThymeleafViewsRenderer.class)
public class EagerThymeleafRenderer<T> extends ThymeleafViewsRenderer<T> {

    public EagerThymeleafRenderer(AbstractConfigurableTemplateResolver templateResolver, TemplateEngine engine,
                                  ClassPathResourceLoader resourceLoader, HttpLocaleResolver httpLocaleResolver) {
        super(templateResolver, engine, resourceLoader, httpLocaleResolver);
    }

    @Override
    public Writable render(String viewName, T data, HttpRequest<?> request) {
        StringWriter page = new StringWriter();
        try {
            super.render(viewName, data, request).writeTo(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String html = page.toString();
        return out -> out.write(html);
    }
}
