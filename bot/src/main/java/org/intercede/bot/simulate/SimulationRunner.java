package org.intercede.bot.simulate;

import org.intercede.bot.engine.BotEngine;
import org.intercede.bot.engine.BotTurn;
import org.intercede.bot.engine.PlannedReply;
import org.intercede.nlp.buyer.BuyerReading;
import org.intercede.prompts.Catalog;
import org.intercede.prompts.Keyword;
import org.intercede.sms.numbers.NumberRegistry;
import org.intercede.sms.numbers.NumberRole;
import org.intercede.sms.numbers.OwnedNumber;
import org.intercede.sms.phone.PhoneNumbers;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The deterrence bot on a virtual clock with a throw-away memory: what operators use to try a persona before
 * going live, and what outside checks use to exercise the bot. Keywords are handled as the gateway would
 * (a decoy that gets STOP goes silent until START). Nothing is waited for.
 */
public final class SimulationRunner {
    private static final Duration DEFAULT_STEP = Duration.ofMinutes(1);
    private final BotEngine engine;
    private final Supplier<Catalog> catalog;
    private final NumberRegistry numbers;
    private final InMemoryBotMemory memory = new InMemoryBotMemory();
    private final Set<String> optedOut = new HashSet<>();
    private Instant previous;

    public SimulationRunner(BotEngine engine, Supplier<Catalog> catalog, NumberRegistry numbers, Instant start) {
        this.engine = engine;
        this.catalog = catalog;
        this.numbers = numbers;
        this.previous = start.minus(DEFAULT_STEP);
    }

    /** @throws IllegalArgumentException for a line that cannot be simulated, with the reason */
    public SimulatedTurn run(SimulatedMessage message) {
        if (message.from() == null || message.body() == null) {
            throw new IllegalArgumentException("each line needs \"from\" and \"body\"");
        }
        String buyer = PhoneNumbers.toE164(message.from(), "US");
        OwnedNumber decoy = decoy(message.to());
        if (numbers.isOurs(buyer)) {
            throw new IllegalArgumentException("\"from\" is one of our own numbers");
        }
        Instant at = message.at() != null ? message.at() : previous.plus(DEFAULT_STEP);
        previous = at;
        String conversation = decoy.number() + "|" + buyer;
        Optional<Keyword> keyword = catalog.get().keyword(message.body());
        if (keyword.isPresent()) {
            return keyword(keyword.get(), decoy, buyer, message.from(), message.body());
        }
        if (optedOut.contains(buyer)) {
            return silent(message.from(), message.body(), List.of(), "opted out: the decoy is silent");
        }
        BotTurn turn = engine.handle(decoy, conversation, buyer, message.body(), at, memory);
        return new SimulatedTurn(message.from(), message.body(), turn.reading().intent(), turn.reading().underage(),
                turn.replies(), turn.decision().reason());
    }

    /** A supervisor takes over the conversation of {@code from} with {@code to} (the first decoy when null). */
    public void takeOver(String from, String to, Instant at) {
        OwnedNumber decoy = decoy(to);
        engine.takeOver(decoy.number() + "|" + PhoneNumbers.toE164(from, "US"), at, memory);
    }

    public void handBack(String from, String to, Instant at) {
        OwnedNumber decoy = decoy(to);
        engine.handBack(decoy.number() + "|" + PhoneNumbers.toE164(from, "US"), at, memory);
    }

    private SimulatedTurn keyword(Keyword keyword, OwnedNumber decoy, String buyer, String from, String body) {
        List<PlannedReply> replies = List.of();
        String reason;
        switch (keyword) {
            case OPT_OUT -> {
                optedOut.add(buyer);
                reason = "STOP: the decoy stops replying";
            }
            case OPT_IN -> {
                reason = optedOut.remove(buyer) ? "START: the decoy may reply again" : "an ordinary yes";
            }
            default -> {
                reason = "HELP: the decoy's help text";
                replies = engine.help(decoy, body).map(text -> List.of(new PlannedReply("persona", null, decoy.number(), text,
                        engine.settings().replyDelayMin(), List.<String>of()))).orElse(List.of());
            }
        }
        return silent(from, body, replies, reason);
    }

    /** A message the policy does not see (a keyword, an opted-out buyer): still read, for the output. */
    private SimulatedTurn silent(String from, String body, List<PlannedReply> replies, String reason) {
        BuyerReading reading = engine.read(body);
        return new SimulatedTurn(from, body, reading.intent(), reading.underage(), replies, reason);
    }

    private OwnedNumber decoy(String to) {
        if (to == null || to.isBlank()) {
            return numbers.active(NumberRole.DECOY).stream().findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no decoy number is configured"));
        }
        String number = PhoneNumbers.toE164(to, "US");
        return numbers.find(number).filter(n -> n.role() == NumberRole.DECOY)
                .orElseThrow(() -> new IllegalArgumentException("\"to\" is not one of our decoy numbers"));
    }
}
