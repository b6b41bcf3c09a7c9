package org.intercede.outreach.replies;

import jakarta.inject.Singleton;
import org.intercede.outreach.campaign.OutreachPlanner;
import org.intercede.outreach.campaign.Recipients;
import org.intercede.outreach.cases.CaseIntake;
import org.intercede.outreach.figures.OutreachFunnel;
import org.intercede.sms.inbound.NumberOwner;
import org.intercede.sms.message.StoredMessage;
import org.intercede.sms.numbers.NumberRole;
import org.intercede.sms.numbers.OwnedNumber;

/**
 * Replies to outreach numbers. The gateway has stored the reply (sealed) and handled STOP/START/HELP; here a
 * reply to a campaign's offer counts once towards that message variant's reply rate, and every reply goes
 * into its case for caseworkers ({@link CaseIntake}: triage, urgency, assignment).
 */
@Singleton
public class OutreachOwner implements NumberOwner {
    private final Recipients recipients;
    private final OutreachPlanner planner;
    private final CaseIntake cases;
    private final OutreachFunnel funnel;

    public OutreachOwner(Recipients recipients, OutreachPlanner planner, CaseIntake cases, OutreachFunnel funnel) {
        this.funnel = funnel;
        this.recipients = recipients;
        this.planner = planner;
        this.cases = cases;
    }

    @Override
    public boolean owns(NumberRole role) {
        return role == NumberRole.OUTREACH;
    }

    @Override
    public void onMessage(OwnedNumber number, StoredMessage message) {
        recipients.find(message.theirNumber())
                .filter(r -> r.campaign() != null && r.variant() != null)
                .ifPresent(r -> {
                    if (recipients.replied(message.theirNumber())) {
                        planner.countReply(r.campaign(), r.variant());
                        funnel.add("replied", 1);
                    }
                });
        cases.receive(number, message);
    }
}
