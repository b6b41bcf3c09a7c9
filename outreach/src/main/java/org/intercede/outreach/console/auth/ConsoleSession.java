package org.intercede.outreach.console.auth;

import java.time.Instant;

/**
 * A signed-in browser.
 *
 * @param id        the cookie value: 32 random bytes, base64url. Only its hash is stored
 * @param csrfToken 32 random bytes, base64url: every state-changing request must send it as {@code X-CSRF-Token}
 */
public record ConsoleSession(String id, String userId, String csrfToken, Instant createdAt, Instant lastSeenAt) {

    /** Never prints the secrets, so a session logged by mistake cannot be replayed. */
    @Override
    public String toString() {
        return "ConsoleSession[userId=" + userId + ", createdAt=" + createdAt + ", lastSeenAt=" + lastSeenAt + "]";
    }
}
