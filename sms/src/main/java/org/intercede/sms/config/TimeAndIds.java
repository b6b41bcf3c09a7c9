package org.intercede.sms.config;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;

/** The clock every component reads, so tests can set the time instead of sleeping. */
@Factory
public class TimeAndIds {

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
