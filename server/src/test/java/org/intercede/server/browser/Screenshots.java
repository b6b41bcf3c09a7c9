package org.intercede.server.browser;

import com.microsoft.playwright.Page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.regex.Pattern;

/**
 * Full-page PNGs of what a browser test saw: always {@code server/target/screenshots/<name>.png}, and also
 * {@code <dir>/<name>.png} when the system property {@value #DIR_PROPERTY} names a folder (absolute, or
 * relative to the repository root), which is how the README's copies in {@code docs/screenshots/} are made:
 * {@code mvn -B verify -pl server -am -Dintercede.screenshots.dir=docs/screenshots}.
 */
public final class Screenshots {
    public static final String DIR_PROPERTY = "intercede.screenshots.dir";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private Screenshots() {
    }

    /** Saves the whole page (not only the viewport) as {@code <name>.png}; returns the copy under target/. */
    public static Path save(Page page, String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a screenshot name is letters, digits, '.', '_' and '-': " + name);
        }
        byte[] png = page.screenshot(new Page.ScreenshotOptions().setFullPage(true));
        Path saved = write(moduleTarget().resolve("screenshots"), name, png);
        String dir = System.getProperty(DIR_PROPERTY);
        if (dir != null && !dir.isBlank()) {
            Path given = Paths.get(dir);
            write(given.isAbsolute() ? given : repositoryRoot().resolve(given), name, png);
        }
        return saved;
    }

    /** For a test that already failed: a screenshot that cannot be taken must not hide the real failure. */
    static void saveQuietly(Page page, String name) {
        try {
            save(page, name.replaceAll("[^A-Za-z0-9._-]", "_"));
        } catch (RuntimeException e) {
            System.err.println("could not save screenshot " + name + ": " + e);
        }
    }

    /**
     * The server module's target/, found from where this class was loaded (target/test-classes), so it does
     * not depend on the working directory Surefire or an IDE runs the test in.
     */
    static Path moduleTarget() {
        try {
            Path classes = Paths.get(Screenshots.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(classes) && classes.getParent() != null) {
                return classes.getParent();
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // fall back to the working directory below
        }
        return Paths.get("target").toAbsolutePath();
    }

    /** The nearest folder above target/ that holds the parent pom beside the server module. */
    static Path repositoryRoot() {
        for (Path dir = moduleTarget().toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isRegularFile(dir.resolve("server/pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the repository root (a folder with pom.xml and server/pom.xml) above "
                + moduleTarget() + "; give " + DIR_PROPERTY + " as an absolute path");
    }

    private static Path write(Path dir, String name, byte[] png) {
        try {
            Files.createDirectories(dir);
            return Files.write(dir.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
