package org.intercede.bot.live;

import jakarta.inject.Singleton;
import org.intercede.bot.report.BotStats;
import org.intercede.sms.inbound.NumberOwner;
import org.intercede.sms.message.StoredMessage;
import org.intercede.sms.numbers.NumberRole;
import org.intercede.sms.numbers.OwnedNumber;

/**
 * Replies to a deterrence number (one that sent a deterrence from outside the decoy's thread). The number says
 * nothing back: it is not a person. The reply is stored by the gateway and counted in the figures as a reply
 * after deterrence.
 */
@Singleton
public class DeterrenceNumberOwner implements NumberOwner {
    private final BotStats stats;

    public DeterrenceNumberOwner(BotStats stats) {
        this.stats = stats;
    }

    @Override
    public boolean owns(NumberRole role) {
        return role == NumberRole.DETERRENCE;
    }

    @Override
    public void onMessage(OwnedNumber number, StoredMessage message) {
        stats.replyToDeterrenceNumber(number);
    }
}
