package org.intercede.prompts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogSourcesTest {

    @Test
    void theBuiltInFilesComeFromTheClasspathNamedAsInTheSourceTree() {
        assertThat(CatalogSources.builtIn()).extracting(CatalogFile::source)
                .containsExactlyElementsOf(CatalogSources.BUILT_IN_FILES.stream().map(n -> "catalog/" + n).toList());
    }

    @Test
    void aFileOfTheSameNameReplacesTheBuiltInOneAndNewNamesAreAdded(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("outreach.yml"), "messages: {}");
        Files.writeString(dir.resolve("more.yaml"), "messages: {}");
        Files.writeString(dir.resolve("notes.txt"), "not a catalog file");
        Files.createDirectory(dir.resolve("old.yml"));
        List<CatalogFile> files = CatalogSources.withOverrides(dir);
        assertThat(files).extracting(CatalogFile::name).containsOnlyOnce("outreach.yml").contains("more.yaml")
                .doesNotContain("notes.txt", "old.yml");
        assertThat(files).filteredOn(f -> f.name().equals("outreach.yml")).singleElement()
                .satisfies(f -> assertThat(f.text()).isEqualTo("messages: {}"));
        assertThat(files).hasSize(CatalogSources.BUILT_IN_FILES.size() + 1);
    }

    @Test
    void aPathThatIsNotADirectoryIsAClearError(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("catalog.yml"), "");
        assertThatThrownBy(() -> CatalogSources.withOverrides(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a directory");
    }
}
