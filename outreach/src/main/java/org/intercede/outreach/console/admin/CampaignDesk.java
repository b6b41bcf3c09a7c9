package org.intercede.outreach.console.admin;

import jakarta.inject.Singleton;
import org.intercede.outreach.campaign.Campaigns;
import org.intercede.outreach.campaign.ReviewBatches;
import org.intercede.outreach.console.audit.AuditLog;
import org.intercede.outreach.console.auth.ConsoleUser;

/** The review gate from the console: an admin approves a held batch, and the approval is audited. */
@Singleton
public class CampaignDesk {
    private final ReviewBatches batches;
    private final Campaigns.Settings campaigns;
    private final AuditLog audit;

    public CampaignDesk(ReviewBatches batches, Campaigns.Settings campaigns, AuditLog audit) {
        this.batches = batches;
        this.campaigns = campaigns;
        this.audit = audit;
    }

    /** Sends a pending batch (planned again now, so opt-outs since count); returns how many offers were queued. */
    public int approve(ConsoleUser admin, String batchId) {
        ReviewBatches.Batch batch = batches.find(batchId).orElseThrow(() -> new IllegalArgumentException("No such batch."));
        int queued = batches.approve(batch.id(), campaigns);
        audit.append(admin.id(), "batch-approve", batch.id(), "campaign " + batch.campaign() + ", " + queued + " queued");
        return queued;
    }
}
