package org.intercede.server.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/**
 * OpenNLP logs its training progress at INFO, and our logback appender writes to standard output, where
 * the batch commands write JSON lines and nothing else may go. Their training must be silent.
 */
final class QuietLibraries {
    private QuietLibraries() {
    }

    static void opennlp() {
        if (LoggerFactory.getLogger("opennlp") instanceof Logger logger) {
            logger.setLevel(Level.WARN);
        }
    }
}
