package org.intercede.bot.engine;

import org.intercede.bot.policy.BotSettings;
import org.intercede.bot.policy.ConversationState;
import org.intercede.bot.policy.Decision;
import org.intercede.bot.policy.DeterrencePolicy;
import org.intercede.nlp.buyer.BuyerClassifier;
import org.intercede.nlp.buyer.BuyerReading;
import org.intercede.nlp.lang.LanguageDetector;
import org.intercede.prompts.Catalog;
import org.intercede.prompts.Jurisdiction;
import org.intercede.prompts.Persona;
import org.intercede.sms.numbers.NumberRegistry;
import org.intercede.sms.numbers.NumberRole;
import org.intercede.sms.numbers.OwnedNumber;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;

/**
 * One buyer message, start to end: read it, let the policy decide, and plan the replies with their text
 * (from the catalog), sender and human-like delay. The live bot and {@code simulate} both run this; they
 * differ only in memory (Redis or a map) and in whether delays are waited for.
 */
public final class BotEngine {
    private final BotSettings settings;
    private final DeterrencePolicy policy;
    private final Supplier<Catalog> catalog;
    private final BuyerClassifier classifier;
    private final LanguageDetector languages;
    private final NumberRegistry numbers;
    private final RandomGenerator random;
    private final LinkIssuer links;

    public BotEngine(BotSettings settings, Supplier<Catalog> catalog, BuyerClassifier classifier, LanguageDetector languages,
                     NumberRegistry numbers, RandomGenerator random) {
        this(settings, catalog, classifier, languages, numbers, random, UnaryOperator.identity(), LinkIssuer.NONE);
    }

    /**
     * @param fingerprint what the conversation keeps of a message text (the live bot: a keyed hash)
     * @param links       issues landing-page links sent after a deterrence ({@link LinkIssuer#NONE}: none)
     */
    public BotEngine(BotSettings settings, Supplier<Catalog> catalog, BuyerClassifier classifier, LanguageDetector languages,
                     NumberRegistry numbers, RandomGenerator random, UnaryOperator<String> fingerprint, LinkIssuer links) {
        this.settings = settings;
        this.policy = new DeterrencePolicy(settings, fingerprint);
        this.catalog = catalog;
        this.classifier = classifier;
        this.languages = languages;
        this.numbers = numbers;
        this.random = random;
        this.links = links;
    }

    /**
     * @param conversationKey identifies the (buyer, decoy) pair in memory
     * @param buyerKey        identifies the buyer across decoys
     */
    public BotTurn handle(OwnedNumber decoy, String conversationKey, String buyerKey, String body, Instant now, BotMemory memory) {
        BuyerReading reading = classifier.read(body);
        Catalog messages = catalog.get();
        Persona persona = persona(messages, decoy);
        String language = language(body, persona, decoy);
        ConversationState before = memory.conversation(conversationKey).orElse(null);
        Decision decision = policy.decide(before, body, reading, memory.lastDeterred(buyerKey).orElse(null), now);
        ConversationState after = decision.next();
        List<PlannedReply> replies = new ArrayList<>();
        switch (decision.action()) {
            case PERSONA -> {
                String text = messages.render("persona." + persona.id() + "." + decision.intent(), language, Map.of());
                Duration delay = personaDelay(text);
                replies.add(new PlannedReply("persona", null, decoy.number(), text, delay, List.of()));
                after = after.withReplyAt(now.plus(delay));
                memory.seen(buyerKey, decoy.number());
            }
            case DETERRENCE -> {
                String from = deterrenceSender(decoy, buyerKey, memory);
                String jurisdiction = jurisdiction(messages, decoy);
                String key = "deterrence." + jurisdiction + "." + decision.level().label();
                Duration at = settings.deterrenceDelay().plus(jitter());
                replies.add(new PlannedReply("deterrence", decision.level(), from, messages.render(key, language, Map.of()),
                        at, settings.deterrenceMedia()));
                // The sequence goes on with the landing page's link, spaced as a person would send a second text.
                Optional<String> link = links.issue(conversationKey, decoy.number(), persona.id(), jurisdiction, language);
                if (link.isPresent()) {
                    replies.add(new PlannedReply("deterrence", decision.level(), from,
                            messages.render("deterrence.link", language, Map.of("url", link.get())),
                            at.plus(settings.sequenceSpacing()).plus(jitter()), List.of()));
                }
                after = after.withDeterredFrom(from);
                memory.deterred(buyerKey, now);
                memory.seen(buyerKey, from);
            }
            case RESOURCE -> {
                String from = before != null && before.deterredFrom() != null ? before.deterredFrom() : decoy.number();
                String key = "deterrence." + jurisdiction(messages, decoy) + ".resource";
                replies.add(new PlannedReply("resource", null, from, messages.render(key, language, Map.of()),
                        settings.sequenceSpacing().plus(jitter()), List.of()));
            }
            case SILENCE -> {
            }
        }
        memory.save(conversationKey, after);
        return new BotTurn(reading, language, decision, replies, before, persona.id(), jurisdiction(messages, decoy));
    }

    /** A supervisor takes the conversation: the bot stays silent until {@link #handBack}. */
    public void takeOver(String conversationKey, Instant now, BotMemory memory) {
        ConversationState state = memory.conversation(conversationKey).orElse(ConversationState.start(now));
        memory.save(conversationKey, state.withStage(org.intercede.bot.policy.Stage.TAKEN_OVER, "taken over by a supervisor"));
    }

    /** The bot resumes where the conversation stands, in character. */
    public void handBack(String conversationKey, Instant now, BotMemory memory) {
        memory.conversation(conversationKey).ifPresent(state -> memory.save(conversationKey,
                state.withStage(org.intercede.bot.policy.Stage.CHATTING, "handed back by a supervisor")));
    }

    public BuyerReading read(String body) {
        return classifier.read(body);
    }

    /** The text a decoy answers HELP with, in character; empty when the catalog has none. */
    public Optional<String> help(OwnedNumber decoy, String body) {
        Catalog messages = catalog.get();
        if (!messages.has("gateway.help.decoy")) {
            return Optional.empty();
        }
        return Optional.of(messages.render("gateway.help.decoy", language(body, persona(messages, decoy), decoy), Map.of()));
    }

    private Persona persona(Catalog messages, OwnedNumber decoy) {
        if (decoy.persona() != null) {
            Optional<Persona> named = messages.persona(decoy.persona());
            if (named.isPresent()) {
                return named.get();
            }
        }
        return messages.personas().get(0);
    }

    private String jurisdiction(Catalog messages, OwnedNumber decoy) {
        if (decoy.jurisdiction() != null && messages.jurisdiction(decoy.jurisdiction()).isPresent()) {
            return decoy.jurisdiction();
        }
        return messages.defaultJurisdiction().map(Jurisdiction::id).orElseThrow();
    }

    /** The buyer's language when the persona writes it, else the number's. */
    private String language(String body, Persona persona, OwnedNumber decoy) {
        String detected = languages.languageOf(body);
        if (persona.locales().contains(detected)) {
            return detected;
        }
        return persona.locales().contains(decoy.localeOrDefault()) ? decoy.localeOrDefault() : persona.locales().get(0);
    }

    /** A deterrence number the buyer has not seen, when so configured; else the decoy itself. */
    private String deterrenceSender(OwnedNumber decoy, String buyerKey, BotMemory memory) {
        if (!BotSettings.DETERRENCE_NUMBER.equals(settings.deliverFrom())) {
            return decoy.number();
        }
        List<OwnedNumber> candidates = numbers.active(NumberRole.DETERRENCE).stream()
                .filter(n -> !memory.hasSeen(buyerKey, n.number())).toList();
        return candidates.stream().filter(n -> decoy.jurisdiction() != null && decoy.jurisdiction().equals(n.jurisdiction()))
                .findFirst().or(() -> candidates.stream().findFirst()).map(OwnedNumber::number).orElse(decoy.number());
    }

    /** A person takes a while to answer, and longer to type a longer reply. */
    private Duration personaDelay(String text) {
        long min = settings.replyDelayMin().toMillis();
        long max = settings.replyDelayMax().toMillis();
        long wait = min + (max > min ? random.nextLong(max - min + 1) : 0);
        return Duration.ofMillis(wait + settings.typingPerChar().toMillis() * text.length());
    }

    private Duration jitter() {
        long most = settings.sequenceJitter().toMillis();
        return Duration.ofMillis(most > 0 ? random.nextLong(most + 1) : 0);
    }

    public BotSettings settings() {
        return settings;
    }
}
