package org.intercede.prompts;

/**
 * One YAML file of the catalog.
 *
 * @param name   the file name ({@code personas.yml}); an override file of the same name replaces it
 * @param source where it came from, as problems name it ({@code catalog/personas.yml} or a path on disk)
 * @param text   its content
 */
public record CatalogFile(String name, String source, String text) {
}
