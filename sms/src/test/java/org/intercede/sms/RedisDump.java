package org.intercede.sms;

import org.intercede.sms.redis.RedisKeys;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.ScanParams;

import java.util.ArrayList;
import java.util.List;

/** Every key and value of one installation (its prefix) as text, for asserting what is stored in clear. */
public final class RedisDump {
    private RedisDump() {
    }

    public static String all(UnifiedJedis redis, RedisKeys keys) {
        List<String> out = new ArrayList<>();
        String cursor = ScanParams.SCAN_POINTER_START;
        do {
            var page = redis.scan(cursor, new ScanParams().match(keys.all()).count(500));
            for (String key : page.getResult()) {
                out.add(key);
                out.add(switch (redis.type(key)) {
                    case "string" -> redis.get(key);
                    case "hash" -> redis.hgetAll(key).toString();
                    case "list" -> redis.lrange(key, 0, -1).toString();
                    case "set" -> redis.smembers(key).toString();
                    case "zset" -> redis.zrange(key, 0, -1).toString();
                    case "stream" -> redis.xrange(key, (StreamEntryID) null, (StreamEntryID) null).toString();
                    default -> "(" + redis.type(key) + ")";
                });
            }
            cursor = page.getCursor();
        } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
        return String.join("\n", out);
    }
}
