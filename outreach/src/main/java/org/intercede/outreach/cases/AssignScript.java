package org.intercede.outreach.cases;

/** Assigns a case only while it is unassigned and the caseworker is under capacity, in one atomic step. */
final class AssignScript {
    // KEYS: case hash, the caseworker's case set, the unassigned set. ARGV: user id, capacity.
    static final String SOURCE = """
            if redis.call('HEXISTS', KEYS[1], 'assignee') == 1 then return 0 end
            if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
            if redis.call('ZCARD', KEYS[2]) >= tonumber(ARGV[2]) then return 0 end
            local order = redis.call('HGET', KEYS[1], 'order') or redis.call('HGET', KEYS[1], 'last')
            redis.call('HSET', KEYS[1], 'assignee', ARGV[1])
            redis.call('ZADD', KEYS[2], order, KEYS[1]:match('[^:]+$'))
            redis.call('ZREM', KEYS[3], KEYS[1]:match('[^:]+$'))
            return 1
            """;

    private AssignScript() {
    }
}
