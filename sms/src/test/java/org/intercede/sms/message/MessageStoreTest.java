package org.intercede.sms.message;

import io.micronaut.context.ApplicationContext;
import org.intercede.sms.TestContexts;
import org.intercede.sms.redis.RedisKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.ScanParams;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MessageStoreTest {
    private ApplicationContext context;
    private MessageStore store;

    @BeforeEach
    void start() {
        context = TestContexts.start(Map.of("intercede.outbound.dispatch", "false"));
        store = context.getBean(MessageStore.class);
    }

    @AfterEach
    void stop() {
        context.close();
    }

    @Test
    void aThreadReadsBackInOrderWithEveryField() {
        StoredMessage in = store.append(Direction.INBOUND, "+12065550199", "+14255550101", "hi there",
                List.of(), MessageStatus.RECEIVED, "SM1");
        StoredMessage out = store.append(Direction.OUTBOUND, "+12065550199", "+14255550101", "hello back",
                List.of("https://example.org/a.jpg"), MessageStatus.QUEUED, null);
        store.updateStatus(out.conversation(), out.id(), MessageStatus.FAILED, "SMX", "30007");

        List<StoredMessage> thread = store.thread(in.conversation(), 10);
        assertThat(thread).extracting(StoredMessage::body).containsExactly("hi there", "hello back");
        StoredMessage failed = thread.get(1);
        assertThat(failed.mediaUrls()).containsExactly("https://example.org/a.jpg");
        assertThat(failed.status()).isEqualTo(MessageStatus.FAILED);
        assertThat(failed.errorCode()).isEqualTo("30007");
        assertThat(failed.theirNumber()).isEqualTo("+14255550101");
        assertThat(in.conversation()).isEqualTo(out.conversation()).hasSize(32);
    }

    @Test
    void conversationsAreSeparatePerPairOfNumbers() {
        store.append(Direction.INBOUND, "+12065550199", "+14255550101", "one", List.of(), MessageStatus.RECEIVED, null);
        StoredMessage other = store.append(Direction.INBOUND, "+12065550199", "+14255550102", "two", List.of(),
                MessageStatus.RECEIVED, null);
        assertThat(store.thread(other.conversation(), 10)).extracting(StoredMessage::body).containsExactly("two");
    }

    @Test
    void nothingPersonalIsStoredInClear() {
        store.append(Direction.INBOUND, "+12065550199", "+14255550101", "meet me at the blue house",
                List.of("https://example.org/secret.jpg"), MessageStatus.RECEIVED, null);
        String everything = String.join("\n", dump(context.getBean(UnifiedJedis.class), context.getBean(RedisKeys.class)));
        assertThat(everything).isNotEmpty()
                .doesNotContain("4255550101").doesNotContain("2065550199")
                .doesNotContain("blue house").doesNotContain("secret.jpg");
    }

    /** Every key and value under the test's prefix, as text. */
    static List<String> dump(UnifiedJedis redis, RedisKeys keys) {
        List<String> out = new ArrayList<>();
        String cursor = ScanParams.SCAN_POINTER_START;
        do {
            var page = redis.scan(cursor, new ScanParams().match(keys.all()).count(500));
            for (String key : page.getResult()) {
                out.add(key);
                switch (redis.type(key)) {
                    case "string" -> out.add(redis.get(key));
                    case "hash" -> out.add(redis.hgetAll(key).toString());
                    case "list" -> out.add(redis.lrange(key, 0, -1).toString());
                    case "set" -> out.add(redis.smembers(key).toString());
                    case "zset" -> out.add(redis.zrange(key, 0, -1).toString());
                    case "stream" -> out.add(redis.xrange(key, (redis.clients.jedis.StreamEntryID) null, null).toString());
                    default -> out.add("?");
                }
            }
            cursor = page.getCursor();
        } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
        return out;
    }
}
