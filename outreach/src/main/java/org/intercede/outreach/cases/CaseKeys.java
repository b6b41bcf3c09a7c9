package org.intercede.outreach.cases;

import org.intercede.sms.redis.RedisKeys;

/**
 * Keys of the cases, all in one hash tag: a caseworkers' desk holds thousands of cases, not millions, and one
 * slot keeps every index change of a case in one transaction (and one Lua script) on a Redis Cluster too.
 */
final class CaseKeys {
    private static final String TAG = "cases";
    private final RedisKeys keys;

    CaseKeys(RedisKeys keys) {
        this.keys = keys;
    }

    String caseHash(String id) {
        return keys.key(TAG, "case", id);
    }

    String labels(String id) {
        return keys.key(TAG, "labels", id);
    }

    String notes(String id) {
        return keys.key(TAG, "notes", id);
    }

    /** Every case ever opened, scored by last activity. */
    String all() {
        return keys.key(TAG, "all");
    }

    /** Cases not resolved, scored by last activity. */
    String active() {
        return keys.key(TAG, "active");
    }

    String urgent() {
        return keys.key(TAG, "urgent");
    }

    String unassigned() {
        return keys.key(TAG, "unassigned");
    }

    String flagged() {
        return keys.key(TAG, "flagged");
    }

    String resolved() {
        return keys.key(TAG, "resolved");
    }

    /** The unresolved cases of one caseworker: its size is their load. */
    String mine(String userId) {
        return keys.key(TAG, "mine", userId);
    }

    /** Unanswered cases by the time their first-response alert is due. */
    String responseDue() {
        return keys.key(TAG, "due");
    }

    String snoozed() {
        return keys.key(TAG, "snoozed");
    }

    /** The caseworker who last answered a person (by the keyed hash of their number). */
    String handler(String personHash) {
        return keys.key(TAG, "handler", personHash);
    }

    /** Caseworkers whose console is connected, scored by the last time it was heard from. */
    String online() {
        return keys.key(TAG, "online");
    }

    /** Times to first response (ms), as members "caseId" scored by the time of the response. */
    String firstResponses() {
        return keys.key(TAG, "first-responses");
    }

    /** Alerts raised, newest last. */
    String alerts() {
        return keys.key(TAG, "alerts");
    }

    String channel() {
        return keys.prefix() + ":cases";
    }
}
