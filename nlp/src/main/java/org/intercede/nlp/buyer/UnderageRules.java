package org.intercede.nlp.buyer;

import org.intercede.nlp.text.NormalizedText;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hand-written half of underage detection: rules over normalised text (see TextNormalizer: "u r" is
 * "you are", "15yo" is "15 yearsold", "fifteen" is "15", "t33n" is "teen", 👧 is "little girl", 🏫 is "school")
 * that see an age under 18 however it is written, school, "teen", "younger", "little" and family words;
 * and the guards that keep hard negatives quiet: an adult's own family or job ("my son is 15", "I teach
 * 8th grade"), refusals ("no minors", "if ur under 18 dont text me") and adult ages ("21+", "I'm 45",
 * "18 is the youngest I see"). Numbers next to a time, price or distance unit are never ages.
 */
final class UnderageRules {

    /** A number that is a whole token, not part of a time (3:15), height (5'2), room (1516) or price ($15). */
    private static final String TEEN = "(?<![\\d:.'$#])(1[0-7])(?![\\d:.'%])";
    private static final String UPPER_TEEN = "(?<![\\d:.'$#])(1[3-7])(?![\\d:.'%])";
    private static final String NOT_A_UNIT = "(?!\\s+(minutes|minute|hour|hours|pm|am|dollars|bucks|roses|miles|mi|"
            + "feet|ft|inches|lbs|floors?|k|%|percent|sec|seconds|minutos|horas?|dolares|pesos|th|st|nd|rd|hh|qv|"
            + "hhr|de septiembre|x|dollar|\\$|blocks|exits?|stops|late|early|hundred)\\b)";

    private static final Pattern AGE_UNIT = Pattern.compile(
            "(?<![\\d:.'$#])([1-9]|1[0-7]) (yearsold|anos|ano|anitos)\\b"
                    + "|(?<!(this|for|been|past|last|over|in|after|about|almost) )" + TEEN
                    + " years?(?= (girl|girls|female|chick|boy|please|only|\\?)|$)|\\bsweet 16\\b");

    private static final Pattern AGE_CONTEXT = Pattern.compile(
            "\\b(you|your|she|her|he|him|girl|girls|sister|friend|cousin|niece|daughter|kid|child|age|aged|edad|"
                    + "barely|turned|turn|turns|turning|be|was|were|look|looks|looking|she is|is she|are you|you are|that is|who is|tienes|tenga|"
                    + "tiene|tengas|tener|de|under|below|younger than|less than|<|yet)\\s+"
                    + "((is|are|like|only|just|really|still|actually|maybe|the|a|an|not)\\s+){0,2}" + TEEN + NOT_A_UNIT
                    + "|\\b(like|only|just|prefer|want|wanted|hoping|extra for|more for|double for)\\s+(a\\s+)?"
                    + UPPER_TEEN + NOT_A_UNIT
                    + "|\\b(girl|she|her|sister|friend|daughter|niece|cousin)\\b.{0,40}"
                    + "(?<!(exit|room|apt|in|at|by|size|hwy|route|until|til|suite|floor|around|about|before|after|near|"
                    + "till|from|for|is|like) )" + TEEN + "( \\?)*$"
                    + "|" + TEEN + " (is|es|are|would be) (fine|ok|good|perfect|better|great|cool|my|even|best)\\b");

    private static final Pattern AGE_RANGE = Pattern.compile(
            TEEN + "\\s+((or|to|and|y|o|a|-|thru|through)\\s+)?" + "(1[0-8])(?![\\d:.'%])" + NOT_A_UNIT);
    private static final Set<String> PLACE_WORDS = Set.of("size", "room", "rm", "apt", "exit", "suite", "floor",
            "gate", "lot", "route", "hwy", "highway", "bus", "zone", "district", "pier", "section", "spot", "building",
            "unit", "street", "st", "ave", "calle", "salida", "cuarto", "departamento", "jersey", "number", "#", "at",
            "las", "by", "around", "til", "till", "until", "from", "between", "@", "ends");

    private static final Pattern BARE_TEEN = Pattern.compile(TEEN);

    private static final Pattern LONE_AGE = Pattern.compile("^(1[0-7])( yearsold| anos)?( \\?)*$");

    private static final Pattern UNDER_18 = Pattern.compile(
            "(\\b(under|below|younger than|less than|menos de|not|is not|are not|before|turn|turns|turning)|<)\\s*"
                    + "(18|age|legal|of age|legal age)\\b|" + TEEN + " (or|and) (under|younger|below|less)\\b|"
                    + "\\b(no|not|nobody|none) older than (1[0-7])\\b|\\bunder ?age(d)?\\b|\\bnot 18\\b|\\bnot legal\\b|"
                    + "\\billegal age\\b|\\b(have|has|need|needs) to be (legal|18)\\b|\\blegal (is )?not required\\b|"
                    + "\\bno id needed\\b|\\bage (does not|do not|dont|doesnt) matter\\b");

    private static final Pattern MINOR_WORD = Pattern.compile(
            "\\b(minor|minors|jailbait|jail bait|preteen|preteens|pre teen|lolita|loli|menor|menores|adolescente|"
                    + "adolescentes|adolescent|chamaquitas?|chavitas?|ninas|jovencitas?|colegialas?|school age|"
                    + "(a|the|your|any|like a|got a|real|little) (kid|child|kiddo)|child|kiddo|"
                    + "(?<!(this is|is this|soy|llamo|called|named|with|for) )ninas?|chiquitas? de|(mas|muy|bien) chiquita|"
                    + "la chiquita|parents (do not|can not|will not|never) (know|find out)|"
                    + "(her|your|their) (mom|mum|parents) (do not|does not|can not|will not) (know|find out))\\b");

    private static final Pattern TEEN_WORD = Pattern.compile(
            "\\b(teen|teens|teenager|teenagers|teenage|teeny|tween|tweens)\\b");

    private static final Pattern SCHOOL = Pattern.compile(
            "\\b(high school|highschool|middle school|junior high|jr high|elementary|hs|school ?girls?|"
                    + "school (uniform|id|age|bus)|schoolbag|backpack|(still|in|after|before|from|out of) school|"
                    + "(after|before) class|grade|grader|graders|schooler|schoolers|\\d+ ?th grade|freshman|freshmen|sophomore|sophomores|"
                    + "cheerleader|cheerleaders|prom|homecoming|curfew|learners? permit|(too young|young) to drive|"
                    + "can not drive|braces|secundaria|prepa|colegio|escuela|grado|school)\\b");

    private static final Pattern YOUNG = Pattern.compile(
            "\\b(young young|(the )?younger the better|youngest|how young|"
                    + "young (one|ones|girl|girls|teen|teens|thing|things|kid|kids|child|children|boy|boys|meat)|"
                    + "younger (girl|girls|one|ones)|(?<!(look|looks|looking|seem|seems|sound|sounds) )(real|very|super|really|so) young|fresh young|young fresh|"
                    + "tiny young|little (girl|girls|one|ones)|fresh (one|ones|teen|meat)|muy joven|mas joven|"
                    + "mas chica|jovencitas?|chiquititas?)\\b");

    private static final Pattern FAMILY = Pattern.compile(
            "(?<!\\bi (have|got) )\\b(your|the|her|su|tu|any|their|a)\\s+((little|baby|younger|kid|step|chiquita)\\s+)?"
                    + "(daughter|daughters|stepdaughter|niece|nieces|hija|hijas|hijita|sobrina|sobrinita|hermanita|"
                    + "primita)\\b|(?<!\\bmy )\\b(little|baby|younger|kid|step)\\s+(sister|sisters|brother|cousin|daughter)\\b|"
                    + "\\b(hermanita|hermanitas|sobrinita|primita|prima chiquita|step ?daughter)\\b");

    /** Refusals of minors: a buyer who rules them out is not interested in them. */
    private static final Pattern REFUSAL = Pattern.compile(
            "\\b(no|not into|do not want|not interested in|nada de|no quiero|never|do not do|not looking for)\\s+"
                    + "(any\\s+|anyone\\s+|any of\\s+|girls\\s+)?(minors?|menores|underage|teens?|young girls|kids|"
                    + "children|anyone under|girls under|nobody under|jailbait|under 18)\\b"
                    + "|\\bif (you are|your|you|she is|she|he is|they are)\\s+(not 18|under 18|a minor|underage|"
                    + "under age|not of age|not legal|younger than 18|menor)\\b.{0,30}"
                    + "\\b(do not|leave|go away|get help|report|i am out|bye|pass|block|no deal)\\b"
                    + "|\\b(will report|report you|i am out|get help|adults only|only adults|18 \\+ only|only 18 \\+|"
                    + "too young for me|not into young|i am not into)\\b"
                    + "|\\b(anyone|no one|nobody|none|noone) under (18|21)\\b");

    /**
     * An age that belongs to the sender's own family or things: "my son is 15", "my truck is 17 years
     * old", "i have a 14 yo so nights only". Only the number rules step aside for it.
     */
    private static final Pattern OWN_AGE = Pattern.compile(
            "\\b(my|mi)\\s+(\\w+\\s+)?(son|sons|daughter|daughters|kid|kids|child|children|boy|boys|nephew|niece|"
                    + "grandkids?|grandson|granddaughter|stepdaughter|stepson|truck|car|ride|house|dog|cat|phone|bike|"
                    + "hijo|hija|sobrina|sobrino)\\b(\\s+\\w+){0,3}?\\s+(1[0-7]|[1-9])\\b"
                    + "|\\bi (have|got) (a|an|2|3|two|three) (1[0-7]|[1-9]) (yearsold|yo)\\b");

    /** The sender's own children: "my kids are asleep", "i have a teenage son". */
    private static final Pattern OWN_KIDS = Pattern.compile(
            "\\b(my|i have|i got|i have a|i got a|i have 2|i have two)\\s+(\\w+\\s+)?(kid|kids|child|children|son|sons|"
                    + "daughter|daughters|boy|boys)\\b");

    /** The sender speaks of school as an adult: teacher, coach, college student, reunion, own kids. */
    private static final Pattern ADULT_SCHOOL = Pattern.compile(
            "\\b(i am|i|my|im)\\s+(\\w+\\s+){0,2}(teacher|teach|coach|student|work at|works at)\\b|"
                    + "\\b(teacher|professor|lecturer|instructor|principal|tutor)\\b|"
                    + "\\bmy\\s+(\\w+\\s+)?(kids?|son|daughter|children|high school|school)\\b|\\breunion\\b|"
                    + "\\bsweetheart\\b|\\bschool night\\b|\\bback to school\\b|\\bschool play\\b|\\bcollege\\b|"
                    + "\\buniversity\\b|\\buni\\b|\\bgrad school\\b|\\bcoach\\b|\\buniversitaria\\b|\\bmaestro\\b|"
                    + "\\bschool (game|football|basketball|baseball|play|board|district|event|concert|friend|buddy)\\b");

    /** An adult age or age check in the same message: "young" then means young adult ("young, 21+"). */
    private static final Pattern ADULT_AGE = Pattern.compile(
            "(?<![\\d:.'$#])(18|19|[2-6]\\d)(?![\\d:.'%])" + NOT_A_UNIT + "|\\b(20s|30s|40s|50s|mature|milf|cougar|"
                    + "adult|adults|mayor de edad|older)\\b");

    /** An adult age check alone ("are you over 18?") quiets the model, which has seen "18" near minors. */
    private static final Pattern AGE_CHECK = Pattern.compile(
            "\\b(18|19|21) \\+|\\b(over|at least|older than|mayor de|mas de) (18|19|21)\\b|\\b18 or (older|over)\\b|"
                    + "\\bof (legal )?age\\b|\\blegal age\\b|\\bmayor de edad\\b|\\b18 and (up|over)\\b|\\badult\\b|"
                    + "\\bmayor\\b|\\bid\\b");

    private UnderageRules() {
    }

    /**
     * Every word some rule needs (a number aside): a message without any of them cannot fire, and most
     * messages are such, so a few set look-ups spare them some twenty regular expressions. A test checks
     * that this gate changes no verdict on the corpora.
     */
    private static final Set<String> TRIGGERS = Set.of("<", "age", "legal", "underage", "underaged", "id",
            "minor", "minors", "jailbait", "jail", "preteen", "preteens", "lolita", "loli", "menor", "menores",
            "adolescente", "adolescentes", "adolescent", "chamaquita", "chamaquitas", "chavita", "chavitas", "nina",
            "ninas", "jovencita", "jovencitas", "colegiala", "colegialas", "kid", "child", "kiddo", "chiquita",
            "chiquitas", "chiquitita", "chiquititas", "teen", "teens", "teenager", "teenagers", "teenage", "teeny",
            "tween", "tweens", "daughter", "daughters", "stepdaughter", "niece", "nieces", "hija", "hijas", "hijita",
            "sobrina", "sobrinita", "hermanita", "hermanitas", "primita", "sister", "sisters", "brother", "cousin",
            "school", "highschool", "junior", "jr", "elementary", "hs", "schoolgirl", "schoolgirls", "schoolbag",
            "backpack", "class", "grade", "grader", "schooler", "schoolers", "freshman", "freshmen", "sophomore",
            "sophomores", "cheerleader", "cheerleaders", "prom", "homecoming", "curfew", "learner", "learners",
            "permit", "drive", "braces", "secundaria", "prepa", "colegio", "escuela", "grado", "young", "younger",
            "youngest", "little", "fresh", "tiny", "joven", "chica", "parents", "mom", "mum");

    /** The name of the first rule that fires, {@code refusal} when a guard vetoes all, or null. */
    static String fire(NormalizedText normalized) {
        return mayFire(normalized) ? fireUngated(normalized) : null;
    }

    static boolean mayFire(NormalizedText normalized) {
        if (normalized.spelledTeenNumber()) {
            return true;
        }
        for (String token : normalized.tokens()) {
            char first = token.charAt(0);
            if (first >= '0' && first <= '9' || TRIGGERS.contains(token)) {
                return true;
            }
        }
        return false;
    }

    static String fireUngated(NormalizedText normalized) {
        String text = normalized.text();
        if (text.isEmpty()) {
            return null;
        }
        if (REFUSAL.matcher(text).find()) {
            return "refusal";
        }
        if (UNDER_18.matcher(text).find()) {
            return "under-18";
        }
        Matcher minor = MINOR_WORD.matcher(text);
        while (minor.find()) {
            // "my child", "i have a kid": the sender's own; every other minor word counts
            if (!owned(text, minor.start())) {
                return "minor-word";
            }
        }
        Matcher teen = TEEN_WORD.matcher(text);
        while (teen.find()) {
            // "my teenage son", "i have a teen daughter"
            if (!owned(text, teen.start())) {
                return "teen";
            }
        }
        if (!OWN_AGE.matcher(text).find()) {
            if (AGE_UNIT.matcher(text).find()) {
                return "age-unit";
            }
            if (AGE_CONTEXT.matcher(text).find()) {
                return "age-context";
            }
            if (ageRange(text)) {
                return "age-range";
            }
            if (LONE_AGE.matcher(text).find()) {
                return "lone-age";
            }
            if (normalized.spelledTeenNumber()) {
                return "spelled-age";
            }
            if (FAMILY.matcher(text).find()) {
                return "family";
            }
        }
        if (SCHOOL.matcher(text).find() && !ADULT_SCHOOL.matcher(text).find()) {
            return "school";
        }
        if (YOUNG.matcher(text).find() && !ADULT_AGE.matcher(text).find()) {
            return "young";
        }
        return null;
    }

    /**
     * Whether the model alone must stay quiet: an adult age check or adult age, an adult's own family or
     * school life, or a number from 10 to 17 that the rules above already read and found to be a time,
     * price, place or duration (the model has seen those numbers mostly beside minors).
     */
    static boolean vetoesModel(NormalizedText normalized) {
        String text = normalized.text();
        return AGE_CHECK.matcher(text).find() || ADULT_AGE.matcher(text).find() || OWN_AGE.matcher(text).find()
                || OWN_KIDS.matcher(text).find()
                || ADULT_SCHOOL.matcher(text).find() || BARE_TEEN.matcher(text).find();
    }

    /** Whether the words just before {@code start} make what follows the sender's own. */
    private static boolean owned(String text, int start) {
        String before = text.substring(Math.max(0, start - 10), start);
        return before.endsWith("my ") || before.endsWith("i have ") || before.endsWith("i got ")
                || before.endsWith("i have a ") || before.endsWith("i got a ") || before.endsWith("mi ");
    }

    private static boolean ageRange(String text) {
        Matcher m = AGE_RANGE.matcher(text);
        while (m.find()) {
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(4));
            if (Math.max(first, second) < 13 || second <= first && second != 18 && first - second > 1) {
                continue; // "10 or 11" is a time; ages come as 13-17
            }
            int end = m.start() - 1;
            int start = text.lastIndexOf(' ', end - 1) + 1;
            String before = end > 0 ? text.substring(start, end) : "";
            if (!PLACE_WORDS.contains(before)) {
                return true;
            }
        }
        return false;
    }
}
