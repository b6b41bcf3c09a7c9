package org.intercede.nlp.model;

import java.io.IOException;
import java.nio.file.Path;

/** Build step: trains the shipped models from the corpora into the directory given (see nlp/pom.xml). */
public final class ModelBuilder {
    private ModelBuilder() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ModelBuilder OUTPUT_DIRECTORY");
        }
        Path directory = Path.of(args[0]);
        for (String name : new String[]{ShippedModels.INTENTS, ShippedModels.UNDERAGE, ShippedModels.TRIAGE}) {
            ShippedModels.write(name, directory);
        }
    }
}
