package org.intercede.outreach.cases;

import jakarta.inject.Singleton;
import org.intercede.sms.privacy.PiiSealer;
import org.intercede.sms.redis.RedisKeys;
import redis.clients.jedis.UnifiedJedis;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Caseworkers' private notes on a case: never sent, sealed at rest (they are about a person). */
@Singleton
public class CaseNotes {
    public static final int MAX_CHARS = 4_000;
    private final UnifiedJedis redis;
    private final CaseKeys keys;
    private final PiiSealer sealer;
    private final Clock clock;

    public record Note(String authorId, Instant at, String text) {
    }

    public CaseNotes(UnifiedJedis redis, RedisKeys keys, PiiSealer sealer, Clock clock) {
        this.redis = redis;
        this.keys = new CaseKeys(keys);
        this.sealer = sealer;
        this.clock = clock;
    }

    public Note add(String caseId, String authorId, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A note needs some text.");
        }
        if (text.length() > MAX_CHARS) {
            throw new IllegalArgumentException("A note can be at most " + MAX_CHARS + " characters.");
        }
        Note note = new Note(authorId, clock.instant(), text.strip());
        // author, time and text in one sealed entry; the author id holds no spaces.
        redis.rpush(keys.notes(caseId), sealer.seal(authorId + " " + note.at().toEpochMilli() + " " + note.text()));
        return note;
    }

    public List<Note> list(String caseId) {
        List<Note> notes = new ArrayList<>();
        for (String sealed : redis.lrange(keys.notes(caseId), 0, -1)) {
            String[] parts = sealer.open(sealed).split(" ", 3);
            notes.add(new Note(parts[0], Instant.ofEpochMilli(Long.parseLong(parts[1])), parts[2]));
        }
        return notes;
    }
}
