package org.intercede.prompts;

import jakarta.annotation.PreDestroy;
import io.micronaut.context.annotation.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The catalog in force. With {@code INTERCEDE_PROMPTS_DIR} set, that directory's files override the built-in
 * ones (a file replaces the built-in file of the same name) and edits are picked up without a restart: a
 * daemon thread compares the files' content every {@code pollInterval}. A new catalog with any problem is not
 * installed; the one in force stays, and the problems are logged.
 * <p>
 * At start there is no previous catalog to keep, so an invalid directory stops the start with its first problem;
 * the bean is created with the app (not at the first message) so that happens when the operator starts it.
 */
@Context
public class PromptCatalog implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PromptCatalog.class);

    private final Path dir;
    private final AtomicReference<Catalog> current = new AtomicReference<>();
    private final ScheduledExecutorService poller;
    private volatile String fingerprint;

    public PromptCatalog(PromptsSettings settings) {
        this.dir = settings.dir() == null || settings.dir().isBlank() ? null : Path.of(settings.dir());
        if (dir == null) {
            current.set(Catalog.builtIn());
            poller = null;
            return;
        }
        List<CatalogFile> files = CatalogSources.withOverrides(dir);
        current.set(Catalog.load(files, "INTERCEDE_PROMPTS_DIR " + dir));
        fingerprint = fingerprint(files);
        LOG.info("Prompt catalog: built-in files overridden by {}; watching it for edits", dir);
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "prompts-reload");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(100, settings.pollInterval().toMillis());
        poller.scheduleWithFixedDelay(this::reloadIfChanged, every, every, TimeUnit.MILLISECONDS);
    }

    public Catalog current() {
        return current.get();
    }

    /** What the timer runs: reload only when a file was added, removed or edited. */
    synchronized void reloadIfChanged() {
        try {
            if (!fingerprint(CatalogSources.withOverrides(dir)).equals(fingerprint)) {
                reloadNow();
            }
        } catch (RuntimeException e) {
            // The timer must survive anything (a directory removed while we look); the catalog in force stays.
            LOG.warn("Prompt catalog: cannot read {}: {}", dir, e.getMessage());
        }
    }

    /**
     * Reads the directory now and installs the result if it has no problems.
     *
     * @return the problems that kept the new catalog out; empty when it was installed
     */
    synchronized List<Problem> reloadNow() {
        List<CatalogFile> files = CatalogSources.withOverrides(dir);
        fingerprint = fingerprint(files);
        try {
            current.set(Catalog.load(files, dir.toString()));
            LOG.info("Prompt catalog reloaded from {}", dir);
            return List.of();
        } catch (InvalidCatalogException e) {
            LOG.error("Prompt catalog in {} has {} problem(s); the previous catalog stays in force", dir, e.problems().size());
            e.problems().forEach(p -> LOG.error("  {}", p));
            return e.problems();
        }
    }

    private static String fingerprint(List<CatalogFile> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (CatalogFile f : files) {
                sha.update(f.source().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(f.text().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @PreDestroy
    @Override
    public void close() {
        if (poller != null) {
            poller.shutdownNow();
        }
    }
}
