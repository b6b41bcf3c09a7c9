package org.intercede.prompts;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The example catalogs beside the tests: catalogs/good and catalogs/broken/&lt;kind of error&gt;. */
final class Fixtures {
    private Fixtures() {
    }

    static Path catalog(String name) {
        URL url = Fixtures.class.getResource("catalogs/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture catalogs/" + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
