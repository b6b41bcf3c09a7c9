package org.intercede.nlp.triage;

import java.util.regex.Pattern;

/**
 * The rules that outrank the triage model, because two labels are judged on recall: a person in danger
 * must be seen first, and anyone who says stop in any words must never be texted again. They read the
 * normalised text (TextNormalizer: "dont" is "do not", "im" is "i am", "u" is "you", 🛑 is "stop").
 * Order: strong crisis signals (violence, captivity, self-harm, a minor, "help" alone) before an opt-out,
 * so "stop he's hurting me" is crisis; an opt-out before weaker crisis signals (fear, being watched), so
 * "stop texting, he checks my phone" is an opt-out.
 */
final class TriageRules {

    private static final Pattern STRONG_CRISIS = Pattern.compile(String.join("|",
            // a cry for help on its own: "help", "pls help now", "sos", "ayuda"
            "^(please |pls )?(help|sos|911|save me|ayuda|ayudame|auxilio|socorro|help me)( me)?"
                    + "( please| now| asap| fast| hurry| rapido| por favor| ya)*( ?[!?.])*( crying| emoji)*$",
            "^(please |pls )?help me(?! (find|get|with|pay|figure|understand|out with|apply|fill|look))\\b",
            "^(crying|sos|emoji)( crying| emoji)* (help|sos)",
            "\\b(help|come|hurry|get here) (now|asap|fast|quick|quickly|right now|please hurry)\\b",
            "(?<!(quien|vos|que|como|donde) )\\bsos\\b|\\b911\\b|\\bcall (911|the police|the cops|police|cops) for me\\b|\\bsend (help|someone|somebody|police)\\b",
            "\\b(need|have|got) to (get out|escape|leave|run) (tonight|now|today|asap|right now|before)\\b|"
                    + "\\b(broke|took|smashed|takes) my phone\\b|\\bcome get me\\b|\\bget me out\\b|\\bsave me\\b|\\bplease hurry\\b",
            // violence and threats against the sender
            "\\b(hit|hits|hitting|beat|beats|beating|beaten|hurt|hurts|hurting|choked|chokes|choking|kicked|kicks|"
                    + "kicking|punched|punches|slapped|slaps|stabbed|burned|burns|raped|rapes|rape|drugged|strangled)"
                    + " (me|us|her|my(?! (phone|line|number|cell|inbox|celular|mailbox)))\\b",
            "\\b(he|she|they|pimp|boyfriend|man|guy|someone|somebody|daddy|them|people)\\s+(\\w+\\s+){0,3}"
                    + "(hit|beat|beats|choked|kicked|punched|raped|drugged|stabbed|threatened|threatens)\\b",
            "\\bi (was|got|been|am being|have been) (raped|beaten|hit|stabbed|drugged|trafficked|sold)\\b",
            "\\bkill (me|us|my|myself)\\b|\\b(he|they|she) (will|is going to|gonna) (kill|hurt|find)\\b",
            "\\b(has|have|got|with) (a )?(gun|knife|weapon)\\b|\\bbleeding\\b|\\b(ribs?|arm|nose|jaw) (is |are )?broken\\b|"
                    + "\\bpassed out\\b|\\bcan not breathe\\b",
            // captivity and control
            "\\b(can not|not allowed to|will not let me|do not let me|never let me|does not let me|unable to|no way to)"
                    + " (leave|get out|go|escape|go out|go anywhere|go home)\\b",
            "\\b(locked|trapped|held|stuck|kept|keep me|keeps me|keeping me) (in|at|up|inside|here|me)\\b|\\btrapped\\b|"
                    + "\\blocked (me )?in\\b|\\bbeing held\\b|\\bheld (against|captive|hostage)\\b",
            "\\b(took|take|has|have|kept|keeps|keep|taking|hold|holds|holding|stole) (all )?(my|our) (passport|passports|"
                    + "papers|documents|id|visa|phone|money)\\b|\\b(give|gave) (back )?(my|our) (passport|papers|documents|"
                    + "id|visa)\\b",
            "\\b(they|he|she) (sell|sells|sold|selling|pimp|pimps|post|posting|posts) (me|us|her|my)\\b|"
                    + "\\bmake[s]? (me|us) (do|see|work|sleep|have)\\b|\\bforce[sd]? (me|us)\\b|\\bforcing (me|us)\\b",
            "\\b(i|we) owe (him|them|her)\\b|\\bsay (i|we) owe\\b|\\bdeport\\b|\\bhave not eaten\\b|"
                    + "\\bdo not know where i am\\b|\\bmove us\\b",
            // self-harm
            "\\b(want|wanna|going|gonna|about|trying|try) (to )?(die|kill myself|end it|end my life|disappear forever)\\b|"
                    + "\\bsuicid|\\bkill myself\\b|\\bself harm\\b|\\bcut (myself|again|my wrists?)\\b|\\bcutting myself\\b|"
                    + "\\boverdose\\b|\\b(took|take|swallowed) (a bunch of|all my|all the|too many|a lot of) pills\\b|"
                    + "\\bend (it all|my life)\\b|\\b(thinking|thought|think) (about|of) (ending|killing|dying|suicide|not waking)\\b|"
                    + "\\bending it( all)?\\b|\\bno way out\\b|\\bdo not want to (live|be alive|wake up)\\b|"
                    + "\\bif i died\\b|\\bbetter off dead\\b|\\bwant it (all )?to (stop|end)\\b",
            // a minor
            "\\b(i am|i m|we are|she is|he is|my (sister|friend|cousin|daughter) is|tengo|tiene)\\s+(only\\s+|just\\s+)?"
                    + "(1[0-7]|[5-9])(?![\\d:.'])(?! (minutes|hours|min|pm|am|dollars|miles))\\b|\\bunderage\\b|\\bminor\\b|"
                    + "\\b(girl|girls|kid|kids|child|boy|boys|one) (here )?(who is|that is|is) (only |just )?(1[0-7]|[5-9])\\b",
            // Spanish
            "\\b(me (tienen|pega|pegan|golpea|golpean|golpeo|quitaron|obligan|obliga|amenazan|amenaza|vigilan|venden|"
                    + "encerraron|van a matar|quiero morir|quiero matar|estan lastimando|esta lastimando|lastiman|lastima|"
                    + "lastimo|hacen dano|hace dano|maltratan|maltrata|violaron|violo|drogaron|obligan a)|encerrad[ao]|matarme|no me dejan (salir|ir)|"
                    + "no puedo salir|ayudame|auxilio|socorro|me quiero morir)\\b"));

    private static final Pattern OPT_OUT = Pattern.compile(String.join("|",
            "^(stop|end|quit|cancel|unsubscribe|opt out|alto|basta|parale|stop all|stop now|remove|baja|no more|"
                    + "leave me alone|go away|not interested|stop please|please stop|ya no|no gracias ya no|dejame en paz)( ?[!.?]| stop| please)*$",
            "\\bstop\\b(?! (being|playing|playin|lying|acting|pretending|worrying|crying|hurting|hitting|doing this|doing it|"
                    + "working|the game|this life|using|drinking|doing drugs|selling|by|in|at|over|crying))",
            "\\b(do not|never|can you not|quit|no more|stop|please do not|will not|no longer want to)\\s+"
                    + "(ever\\s+)?(text|texting|txt|message|messaging|messages|msg|contact|contacting|reach|reaching|"
                    + "write|writing|call|calling|hit|hitting|send|sending|bother|bothering)"
                    // the sender, this phone, or nothing: "don't call the police" is not an opt-out
                    + "(?=$| (me|us|this|my|here|again|anymore|any more|no|ever|please|or|and|!|\\?|so|because|i|it|"
                    + "him|thanks|thank|stop|lol|you|ok|now|at all))",
            "\\bremove (me|my|this|the)\\b|\\bbe removed\\b|\\btake (me|my number|this number|my #) off\\b|\\btake me off\\b|"
                    + "\\b(delete|erase|lose) (my|this) (number|#)\\b|\\bopt (me )?out\\b|\\bunsubscribe\\b|"
                    + "\\bno more (texts|messages|msgs|mensajes|msjs)\\b|\\bleave me (off|alone|out)\\b|"
                    + "\\bdo not want (to get |to receive |to recieve |any of )?(these|this|them|your|any|texts|messages|msgs)\\b|"
                    + "\\bnot interested\\b|\\bblock(ing)? (you|this number)\\b|\\boff (your|the|this) list\\b",
            "\\bno ((me|nos) )?(escribas|escriban|manden|mandes|contacten|contactes|molesten|molestes|hablen|llamen|"
                    + "busquen)\\b|\\b(deja|dejen|dejes) de (escribir|mandar|contactar|molestar|enviar)|"
                    + "\\b(borren|borra|quiten|quita|kiten|sacame|saquenme|quitenme|kitenme)\\b|\\bno mas (mensajes|msjs|"
                    + "mensaje)\\b|\\bya no (me )?(escribas|escriban|manden)\\b|\\bde (su|la) lista\\b"));

    /**
     * Someone telling us to keep off another person ("don't text my girl again"): the words of an opt-out,
     * but the voice of a controller holding her phone, which caseworkers need to see as hostile.
     */
    private static final Pattern KEEP_OFF_HER = Pattern.compile(
            "\\b(do not|never|stop|quit)\\s+(ever\\s+)?(text|texting|message|messaging|contact|contacting|talk to|"
                    + "talking to|call|calling|bother|bothering)\\s+(her|my girl|my wife|my woman|my girlfriend|my bitch|"
                    + "my ho|mi mujer|mi vieja|a mi mujer)\\b|\\b(leave|stay away from) (her|my girl|my wife|my woman)\\b|"
                    + "\\b(deja|dejen|dejes) de (molestar|escribir|escribirle|mandar|buscar) a (mi mujer|mi vieja|mi novia|ella)\\b|"
                    + "\\bno (le|la) (escribas|escriban|molestes|molesten|busques|busquen)\\b");

    private static final Pattern WEAK_CRISIS = Pattern.compile(String.join("|",
            "\\b(scared|afraid|terrified|frightened|in danger|not safe|unsafe|tengo miedo|peligro)\\b",
            "\\b(he is|she is|they are|he|they) (outside|coming|coming back|watching|next to me|here|looking for me|"
                    + "always watching|in the next room)\\b|\\bwatching me\\b|\\bwatch everything\\b|\\bcameras\\b",
            "\\b(i need out|need out now|get out now|help now|i need help now|help asap)\\b",
            "\\b(he|they|she|pimp|daddy) (knows|found out|saw|will see|checks|is reading|reads|read)\\b.*\\bhelp\\b",
            "\\b(crying|crying crying)$"));

    private TriageRules() {
    }

    static boolean strongCrisis(String text) {
        return STRONG_CRISIS.matcher(text).find();
    }

    static boolean optOut(String text) {
        return OPT_OUT.matcher(text).find();
    }

    static boolean keepOffHer(String text) {
        return KEEP_OFF_HER.matcher(text).find();
    }

    static boolean weakCrisis(String text) {
        return WEAK_CRISIS.matcher(text).find();
    }
}
