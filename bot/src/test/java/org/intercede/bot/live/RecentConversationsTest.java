package org.intercede.bot.live;

import org.intercede.bot.policy.Stage;
import org.intercede.sms.message.MessageStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The list behind the console's decoys page: newest buyer message first, by conversation id, without buyers. */
class RecentConversationsTest {
    private static final String JESS = "+12065550100";
    private static final String SOFIA = "+13055550111";
    private static LiveBot bot;

    @BeforeAll
    static void start() {
        bot = LiveBot.start(Map.of());
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    @Test
    void theConversationWithTheLatestBuyerMessageComesFirstWithItsDecoyAndStage() {
        MessageStore store = bot.app.bean(MessageStore.class);
        RecentConversations recent = bot.app.bean(RecentConversations.class);
        bot.text("+14255550301", JESS, "hey");
        bot.clock.advance(Duration.ofMinutes(1));
        bot.text("+14255550302", SOFIA, "hola");
        bot.clock.advance(Duration.ofMinutes(1));
        String first = store.conversationId(JESS, "+14255550301");
        String second = store.conversationId(SOFIA, "+14255550302");

        await().atMost(Duration.ofSeconds(10)).until(() -> recent.recent(10).size() == 2);
        assertThat(recent.recent(10)).extracting(RecentConversations.Conversation::id).containsExactly(second, first);
        assertThat(recent.recent(10)).extracting(RecentConversations.Conversation::decoy).containsExactly(SOFIA, JESS);
        assertThat(recent.recent(10)).extracting(RecentConversations.Conversation::stage).containsOnly(Stage.CHATTING);
        assertThat(recent.recent(1)).extracting(RecentConversations.Conversation::id).containsExactly(second);

        bot.text("+14255550301", JESS, "you there?");
        bot.app.bean(Takeovers.class).takeOver(first);
        assertThat(recent.recent(10).get(0).id()).isEqualTo(first);
        assertThat(recent.recent(10).get(0).takenOver()).isTrue();
    }

    @Test
    void aConversationPastTheRetentionDropsOut() {
        RecentConversations recent = bot.app.bean(RecentConversations.class);
        bot.text("+14255550303", JESS, "hi there");
        String id = bot.app.bean(MessageStore.class).conversationId(JESS, "+14255550303");
        assertThat(recent.recent(100)).extracting(RecentConversations.Conversation::id).contains(id);
        bot.clock.advance(Duration.ofDays(91));
        assertThat(recent.recent(100)).extracting(RecentConversations.Conversation::id).doesNotContain(id);
    }
}
