package org.intercede.sms.message;

import io.micronaut.context.ApplicationContext;
import org.intercede.sms.RedisDump;
import org.intercede.sms.TestContexts;
import org.intercede.sms.redis.RedisKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.UnifiedJedis;

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
        String everything = RedisDump.all(context.getBean(UnifiedJedis.class), context.getBean(RedisKeys.class));
        assertThat(everything).isNotEmpty()
                .doesNotContain("4255550101").doesNotContain("2065550199")
                .doesNotContain("blue house").doesNotContain("secret.jpg");
    }
}
