package org.intercede.server.cli;

import io.micronaut.context.ApplicationContext;
import org.intercede.outreach.campaign.Campaign;
import org.intercede.outreach.campaign.Campaigns;
import org.intercede.outreach.campaign.OutreachPlanner;
import org.intercede.outreach.campaign.ReviewBatches;
import org.intercede.sms.phone.PhoneNumbers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;

@Command(name = "outreach", mixinStandardHelpOptions = true, description = "Offers of support to the people advertised.",
        subcommands = {OutreachCommand.Plan.class, OutreachCommand.Batches.class, OutreachCommand.Approve.class,
                OutreachCommand.Variants.class})
public class OutreachCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "plan", mixinStandardHelpOptions = true,
            description = {"Plan a campaign of INTERCEDE_CAMPAIGNS_FILE: who would be texted, with which message variant,",
                    "from which number and when (in their own time zone), and why each other number is left out.",
                    "Without --dry-run the offers are queued, each for its texting window."})
    static class Plan implements Runnable {
        @Spec
        CommandSpec spec;
        @Option(names = "--campaign", required = true)
        String campaign;
        @Option(names = "--dry-run", description = "show the plan, send nothing")
        boolean dryRun;

        @Override
        public void run() {
            try (ApplicationContext context = StoreContext.open()) {
                Campaign chosen;
                OutreachPlanner.Plan plan;
                try {
                    chosen = Campaigns.find(context.getBean(Campaigns.Settings.class), campaign);
                    plan = context.getBean(OutreachPlanner.class).plan(chosen, context.getBean(Clock.class).instant());
                } catch (IllegalArgumentException e) {
                    throw new UsageError(e.getMessage());
                }
                PrintWriter out = spec.commandLine().getOut();
                out.printf("%-16s %-16s %-6s %-7s %-20s %s%n", "TO", "FROM", "LANG", "VARIANT", "NOT BEFORE (UTC)", "NOT AFTER (UTC)");
                for (OutreachPlanner.Offer o : plan.offers()) {
                    out.printf("%-16s %-16s %-6s %-7d %-20s %s%n", PhoneNumbers.mask(o.number()), PhoneNumbers.mask(o.sender()),
                            o.locale(), o.variant() + 1, minute(o.window().start()), minute(o.window().end()));
                }
                for (OutreachPlanner.Skipped s : plan.skipped()) {
                    out.printf("%-16s left out: %s%n", PhoneNumbers.mask(s.number()), s.reason());
                }
                if (dryRun) {
                    out.printf("%d offers planned, %d numbers left out; dry run: nothing sent%n", plan.offers().size(),
                            plan.skipped().size());
                } else if (chosen.review()) {
                    ReviewBatches.Batch batch = context.getBean(ReviewBatches.class).hold(plan);
                    out.printf("%d offers held for review as batch %s; send them with: outreach approve --batch %s%n",
                            batch.offers(), batch.id(), batch.id());
                } else {
                    int queued = context.getBean(OutreachPlanner.class).send(plan, context.getBean(Clock.class).instant());
                    out.printf("%d offers queued, %d numbers left out%n", queued, plan.skipped().size());
                }
                out.flush();
            }
        }

        private static String minute(Instant instant) {
            return instant.toString().substring(0, 16).replace('T', ' ');
        }
    }

    @Command(name = "batches", mixinStandardHelpOptions = true, description = "Batches waiting for approval.")
    static class Batches implements Runnable {
        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            try (ApplicationContext context = StoreContext.open()) {
                PrintWriter out = spec.commandLine().getOut();
                out.printf("%-32s %-24s %6s %s%n", "BATCH", "CAMPAIGN", "OFFERS", "PLANNED (UTC)");
                for (ReviewBatches.Batch b : context.getBean(ReviewBatches.class).pending()) {
                    out.printf("%-32s %-24s %6d %s%n", b.id(), b.campaign(), b.offers(), Plan.minute(b.planned()));
                }
                out.flush();
            }
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true,
            description = {"Approve a batch held for review: its numbers are planned again (opt-outs and cooldowns since",
                    "count) and the offers queued, each for its texting window."})
    static class Approve implements Runnable {
        @Spec
        CommandSpec spec;
        @Option(names = "--batch", required = true)
        String batch;

        @Override
        public void run() {
            try (ApplicationContext context = StoreContext.open()) {
                int queued;
                try {
                    queued = context.getBean(ReviewBatches.class).approve(batch, context.getBean(Campaigns.Settings.class));
                } catch (IllegalArgumentException e) {
                    throw new UsageError(e.getMessage());
                }
                spec.commandLine().getOut().printf("batch %s approved: %d offers queued%n", batch, queued);
            }
        }
    }

    @Command(name = "variants", mixinStandardHelpOptions = true,
            description = "Per message variant of a campaign: offers sent, replies (one per offer) and the reply rate.")
    static class Variants implements Runnable {
        @Spec
        CommandSpec spec;
        @Option(names = "--campaign", required = true)
        String campaign;

        @Override
        public void run() {
            try (ApplicationContext context = StoreContext.open()) {
                PrintWriter out = spec.commandLine().getOut();
                out.printf("%-8s %8s %8s %8s%n", "VARIANT", "SENT", "REPLIES", "RATE");
                for (OutreachPlanner.VariantFigures v : context.getBean(OutreachPlanner.class).variantFigures(campaign)) {
                    out.printf("%-8d %8d %8d %7.1f%%%n", v.variant() + 1, v.sent(), v.replies(), 100 * v.replyRate());
                }
                out.flush();
            }
        }
    }
}
