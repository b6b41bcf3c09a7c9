package org.intercede.prompts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where catalog files come from: the built-in ones on the classpath, and an operator's directory whose files
 * override them. The rule: a file in the directory replaces the built-in file of the same name; a file with a
 * new name is added. So to change the outreach texts, copy {@code outreach.yml}, edit it, and leave the rest.
 */
public final class CatalogSources {
    /** The shipped catalog, in src/main/resources/catalog; a test keeps this list and the directory in step. */
    public static final List<String> BUILT_IN_FILES = List.of("rules.yml", "lexicon.yml", "keywords.yml",
            "personas.yml", "deterrence.yml", "landing.yml", "outreach.yml", "caseworker.yml", "gateway.yml");

    private CatalogSources() {
    }

    public static List<CatalogFile> builtIn() {
        List<CatalogFile> files = new ArrayList<>();
        for (String name : BUILT_IN_FILES) {
            try (InputStream in = CatalogSources.class.getResourceAsStream("/catalog/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("built-in catalog file catalog/" + name + " is missing from the classpath");
                }
                files.add(new CatalogFile(name, "catalog/" + name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    /**
     * The built-in files overlaid with the {@code .yml}/{@code .yaml} files of {@code dir}.
     *
     * @throws IllegalArgumentException when the directory cannot be read
     */
    public static List<CatalogFile> withOverrides(Path dir) {
        List<CatalogFile> files = new ArrayList<>(builtIn());
        for (CatalogFile override : read(dir)) {
            files.removeIf(f -> f.name().equals(override.name()));
            files.add(override);
        }
        return files;
    }

    /** The catalog files of a directory, sorted by name. */
    public static List<CatalogFile> read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("prompts directory " + dir + " does not exist or is not a directory");
        }
        try (Stream<Path> listing = Files.list(dir)) {
            List<Path> paths = listing.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".yml") || p.getFileName().toString().endsWith(".yaml"))
                    .sorted().toList();
            List<CatalogFile> files = new ArrayList<>();
            for (Path p : paths) {
                files.add(new CatalogFile(p.getFileName().toString(), p.toString(), Files.readString(p, StandardCharsets.UTF_8)));
            }
            return files;
        } catch (IOException e) {
            throw new IllegalArgumentException("prompts directory " + dir + " cannot be read: " + e.getMessage(), e);
        }
    }
}
