package org.intercede.sms.privacy;

import jakarta.inject.Singleton;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Secrets come only from the environment: {@code NAME} itself, or {@code NAME_FILE} naming a file that holds
 * it (for Docker and Kubernetes secrets). Never from configuration files, never logged.
 */
@Singleton
public class Secrets {
    private final Map<String, String> env;

    public Secrets() {
        this(System.getenv());
    }

    public Secrets(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    public Optional<String> get(String name) {
        String inline = env.get(name);
        if (inline != null && !inline.isBlank()) {
            return Optional.of(inline.trim());
        }
        String file = env.get(name + "_FILE");
        if (file != null && !file.isBlank()) {
            try {
                return Optional.of(Files.readString(Path.of(file), StandardCharsets.UTF_8).trim());
            } catch (IOException e) {
                throw new MissingSecretException(name + "_FILE names a file that cannot be read: " + file);
            }
        }
        return Optional.empty();
    }
}
