package org.intercede.nlp.text;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The word lists behind {@link TextNormalizer}: SMS spellings, emoji, look-alike letters and numbers
 * written as words (English and Spanish, the two languages buyers and outreach contacts use here).
 */
final class SmsLexicon {

    private SmsLexicon() {
    }

    /** SMS spellings and abbreviations -> their plain form (one or more words). */
    static final Map<String, String> SPELLINGS = map(
            "u", "you", "r", "are", "ur", "your", "urs", "yours", "yu", "you", "yall", "you all",
            "urself", "yourself", "pls", "please", "plz", "please", "plss", "please", "pleas", "please",
            "thx", "thanks", "thnx", "thanks", "thanx", "thanks", "tx", "thanks", "ty", "thank you",
            "tmrw", "tomorrow", "tmr", "tomorrow", "tmrrw", "tomorrow", "tmw", "tomorrow", "2morrow", "tomorrow",
            "tomoro", "tomorrow", "2moro", "tomorrow", "2nite", "tonight", "2night", "tonight", "tonite", "tonight",
            "2nt", "tonight", "2day", "today", "b4", "before", "bfore", "before", "rn", "right now",
            "wya", "where you at", "wyd", "what you doing", "hmu", "hit me up", "addy", "address", "addr", "address",
            "hr", "hour", "hrs", "hours", "min", "minutes", "mins", "minutes", "minute", "minutes",
            "msg", "message", "msgs", "messages", "msging", "messaging", "txt", "text", "txts", "texts",
            "txting", "texting", "texing", "texting", "textin", "texting", "hittin", "hitting", "messagin", "messaging",
            "callin", "calling", "playin", "playing", "sendin", "sending", "doin", "doing", "goin", "going",
            "nothin", "nothing", "somethin", "something", "lookin", "looking", "workin", "working", "comin", "coming", "pic", "pics", "pix", "pics", "piccs", "pics", "picc", "pics",
            "pictures", "pics", "picture", "pics", "photo", "pics", "photos", "pics",
            "cuz", "because", "bc", "because", "coz", "because", "cause", "because", "abt", "about", "ppl", "people",
            "nite", "night", "luv", "love", "b", "be", "n", "and", "c", "see", "bday", "birthday", "gf", "girlfriend",
            "bf", "boyfriend", "yr", "year", "yrs", "years", "k", "ok", "kk", "ok", "okk", "ok", "okay", "ok",
            "hii", "hi", "heyy", "hey", "helo", "hello", "hello", "hello", "hye", "hi", "stopp", "stop", "stpo", "stop",
            "sotp", "stop", "stahp", "stop", "stap", "stop", "stp", "stop", "hlp", "help", "halp", "help",
            "hepl", "help", "yess", "yes", "ye", "yes", "yea", "yes", "yeah", "yes", "yep", "yes",
            "nah", "no", "nope", "no", "avail", "available", "availible", "available", "avalable", "available",
            "avaiable", "available", "wat", "what", "wut", "what", "whats", "what is", "hw", "how",
            "gr8", "great", "l8r", "later", "l8", "late", "w8", "wait", "4u", "for you", "2u", "to you",
            "im", "i am", "ive", "i have", "id", "id", "ill", "i will", "dont", "do not", "doesnt", "does not",
            "cant", "can not", "cannot", "can not", "wont", "will not", "isnt", "is not", "arent", "are not",
            "didnt", "did not", "gonna", "going to", "wanna", "want to", "gotta", "got to", "tryna", "trying to",
            "gimme", "give me", "lemme", "let me", "shes", "she is", "hes", "he is", "thats", "that is",
            "theyre", "they are", "youre", "you are", "whos", "who is", "wheres", "where is", "whr", "where",
            "wher", "where", "whens", "when is", "lil", "little", "sis", "sister", "yng", "young", "yung", "young",
            "bby", "baby", "rm", "room", "3way", "threesome", "3some", "threesome", "dispo", "disponible",
            "cashap", "cashapp", "xtra", "extra", "xtras", "extras", "bookd", "booked", "wsup", "whats up", "ok", "ok", "omg", "oh my god", "unsub", "unsubscribe", "optout", "opt out",
            // Spanish SMS spellings
            "q", "que", "k", "ok", "xq", "porque", "pq", "porque", "porq", "porque", "x", "por", "xfa", "por favor",
            "porfa", "por favor", "porfis", "por favor", "tb", "tambien", "tmb", "tambien", "dnd", "donde",
            "msj", "mensaje", "msjs", "mensajes", "cel", "celular", "d", "de", "toy", "estoy", "ta", "esta",
            "pa", "para", "dire", "direccion", "ubi", "ubicacion", "ahorita", "ahora", "nena", "nena");

    /**
     * Words a three-or-more letter run collapses to with a double letter, not a single one ("teeeen" is
     * "teen", not "ten"); every other run collapses to one letter ("hiiii" -> "hi", "stooop" -> "stop").
     */
    static final Set<String> DOUBLE_LETTER_WORDS = Set.of("teen", "teens", "too", "good", "see", "free", "feel",
            "soon", "sorry", "little", "all", "off", "need", "week", "meet", "street", "room", "school", "cool",
            "kill", "hell", "call", "will", "well", "sweet", "beautiful", "address", "hello", "yess", "boo",
            "goodbye", "fuck", "ass", "miss", "kiss", "happy", "pretty", "jailbait", "three", "wee", "booty");

    /** Numbers written as words -> digits. "one"/"uno"/"una" stay words: they are pronouns far more often. */
    static final Map<String, Integer> NUMBER_WORDS = numbers(
            "two", 2, "three", 3, "four", 4, "five", 5, "six", 6, "seven", 7, "eight", 8, "nine", 9, "ten", 10,
            "eleven", 11, "twelve", 12, "thirteen", 13, "fourteen", 14, "fifteen", 15, "sixteen", 16,
            "seventeen", 17, "eighteen", 18, "nineteen", 19, "twenty", 20, "thirty", 30, "forty", 40, "fourty", 40,
            "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90, "hundred", 100,
            "dos", 2, "tres", 3, "cuatro", 4, "cinco", 5, "seis", 6, "siete", 7, "ocho", 8, "nueve", 9, "diez", 10,
            "doce", 12, "trece", 13, "catorce", 14, "quince", 15, "dieciseis", 16, "diecisiete", 17,
            "dieciocho", 18, "diecinueve", 19, "veinte", 20, "treinta", 30, "cuarenta", 40, "cincuenta", 50,
            "cien", 100);

    /** Units words of a number + unit, where the number measures time, money or length, not age. */
    static final Set<String> NON_AGE_UNITS = Set.of("minutes", "hour", "hours", "min", "mins", "pm", "am",
            "dollars", "bucks", "roses", "miles", "mi", "feet", "ft", "inches", "lbs", "floors", "floor",
            "minutos", "minuto", "horas", "hora", "dolares", "pesos", "%", "percent", "k", "sec", "seconds");

    /** Letters of other scripts that look like Latin ones (Cyrillic, Greek, IPA), used to dodge filters. */
    static final Map<Character, Character> CONFUSABLES = confusables(
            "а", "a", "в", "b", "е", "e", "ё", "e", "к", "k", "м", "m", "н", "h", "о", "o", "р", "p", "с", "c",
            "т", "t", "у", "y", "х", "x", "і", "i", "ї", "i", "ј", "j", "ѕ", "s", "ԁ", "d", "ԛ", "q", "ԝ", "w",
            "ɡ", "g", "ı", "i", "α", "a", "β", "b", "ε", "e", "η", "n", "ι", "i", "κ", "k", "ν", "v", "ο", "o",
            "ρ", "p", "τ", "t", "υ", "u", "χ", "x", "γ", "y", "ω", "w", "ѵ", "v", "ԍ", "g", "ℓ", "l");

    /** Leetspeak digits and symbols -> letters, applied only inside words that mix letters and digits. */
    static final Map<Character, Character> LEET = confusables(
            "0", "o", "1", "i", "3", "e", "4", "a", "5", "s", "7", "t", "8", "b", "9", "g", "@", "a", "$", "s");

    /** Emoji that carry meaning here -> words; any other emoji becomes the token "emoji". */
    static final Map<Integer, String> EMOJI = emoji(
            "👧", "little girl", "🧒", "child", "👶", "baby", "🏫", "school", "🎒", "schoolbag", "📚", "school books",
            "🛑", "stop", "✋", "stop", "🚫", "no", "🖕", "fuck you", "🤡", "clown", "😭", "crying", "😢", "crying",
            "📸", "pics", "📷", "pics", "🤳", "selfie", "😘", "kiss", "😍", "love", "🥰", "love", "❤", "love",
            "💕", "love", "😊", "smile", "🙂", "smile", "☺", "smile", "👋", "hi", "👍", "ok", "👌", "ok",
            "🙏", "please", "😂", "lol", "🤣", "lol", "💰", "money", "💵", "money", "💸", "money", "🤑", "money",
            "🚗", "car", "🏨", "hotel", "🏠", "house", "🔞", "adult", "🆘", "sos", "🚓", "police", "👮", "police",
            "🚔", "police", "🔪", "knife", "🔫", "gun", "😈", "devil", "🌹", "roses", "😎", "cool", "🙄", "eyeroll",
            "💯", "100", "😡", "angry", "🤬", "angry", "😱", "scared", "😰", "scared", "😨", "scared", "🥺", "please",
            "☀", "sun", "😉", "wink", "😏", "smirk", "🍭", "candy", "🧸", "teddy");

    private static Map<String, String> map(String... pairs) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return Map.copyOf(map);
    }

    private static Map<String, Integer> numbers(Object... pairs) {
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return Map.copyOf(map);
    }

    private static Map<Character, Character> confusables(String... pairs) {
        Map<Character, Character> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i].charAt(0), pairs[i + 1].charAt(0));
        }
        return Map.copyOf(map);
    }

    private static Map<Integer, String> emoji(String... pairs) {
        Map<Integer, String> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i].codePointAt(0), pairs[i + 1]);
        }
        return Map.copyOf(map);
    }
}
