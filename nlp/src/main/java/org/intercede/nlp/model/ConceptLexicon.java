package org.intercede.nlp.model;

import java.util.HashMap;
import java.util.Map;

/**
 * Words grouped by what they are about (money, place, time, police, pictures, danger...), added as
 * features beside the words themselves. With a hundred examples per label the model cannot learn that
 * "zelle" is like "venmo" or "sheriff" like "cop" unless both were in the corpus; a concept feature
 * carries what one word taught to the others of its group, which is what generalises to unseen texts.
 * Words are in their normalised form (see TextNormalizer).
 */
final class ConceptLexicon {

    private static final Map<String, String> CONCEPTS = build(
            "money", "much cost costs price prices pricing rate rates charge donation donations roses rose cash cashapp "
                    + "venmo zelle paypal bitcoin crypto card deposit discount discounts special specials expensive "
                    + "cheap pay paying paid fee fees tip tips $ dollars bucks budget afford negotiable firm cuanto "
                    + "cuanta precio precios cobras cobra cobran tarifa tarifas cuesta cuestan descuento dinero "
                    + "donacion pago pagar efectivo barato caro sale amt 100 120 140 150 160 170 180 200 250 300 "
                    + "350 400 500 80 60 damage hhr",
            "place", "where located location area side town city hotel motel incall outcall host hosting place "
                    + "near close far downtown uptown neighborhood zip travel located local suburbs burbs north "
                    + "south east west donde zona domicilio lugar ubicas ubicada cerca ciudad centro rumbo parte "
                    + "vives casa depa apartment apt house airport mall strip highway hwy landmark spot",
            "arrive", "omw way outside here arrived arriving address door lobby park parked parking eta coming "
                    + "leaving building floor unit gate code knock pin uber lot room direccion cuarto llegue llego "
                    + "afuera camino voy estacionamiento piso abreme entrance front back wait waiting pull pulling "
                    + "minutes landed cross streets reschedule push confirmed booking book",
            "when", "available free now tonight today tomorrow working work busy open time hours schedule booked "
                    + "opening openings weekend later morning evening afternoon night monday tuesday wednesday "
                    + "thursday friday saturday sunday disponible libre ocupada hoy trabajas atiendes tiempo "
                    + "manana noche tarde ahora chance espacio soon slot slots appointment appointments up awake",
            "age", "old age ages years born birthday edad anos legal adult mayor older younger 18 19 21 22 23 "
                    + "25 30 milf cougar mature college grade school id year",
            "pics", "pics selfie video vid vids facetime verify verified verification snap snapchat insta "
                    + "instagram onlyfans photoshopped fotos foto videollamada fingers camera look looks website "
                    + "site link face blurry recent mirror",
            "police", "cop cops police le sting setup trap feds fbi vice undercover arrest arrested busted narc "
                    + "law enforcement popo informant wire recording policia poli trampa operativo tira decoy "
                    + "honeypot reporter journalist sheriff officer agent hsi ice monitored watched bust caught "
                    + "affiliated detective",
            "service", "gfe pse fs extras extra massage duo couples couple kiss kissing fetish roleplay role bdsm "
                    + "domination dominant overnight dinner party girls girl friend menu included include includes "
                    + "offer offers servicios servicio completo masaje masajes novia trio amiga amigas chicas "
                    + "incluye fun specialty into b2b nuru tantric lingerie toys dance strip company cuddle homegirl threesome "
                    + "bbbj fetish feet kinky",
            "hello", "hi hey hello hola sup howdy greetings hiya buenas gm evening morning ola",
            "bye", "thanks thank bye nevermind nvm bot robot automated ai wrong gracias adios lol lmao haha ok "
                    + "cool later ttyl sorry whatever fine jaja bueno alright",
            "danger", "hurt hurting hit hits beat beating beaten kill killed die dead scared afraid terrified "
                    + "passport locked trapped held choked bleeding gun knife raped drugged threatened threatens "
                    + "watching watches owe cameras escape pills cut suicide miedo encerrada matar morir pegan "
                    + "golpeo amenazan vigilan obligan pasaporte sos 911 hurry save danger",
            "support", "need help shelter housing lawyer legal doctor clinic job jobs rent rehab detox talk "
                    + "counselor counseling therapist therapy services support food clothes ged school training "
                    + "visa immigration asylum court record bills bill medical insurance ride transportation "
                    + "ayuda necesito abogado trabajo refugio renta comida hablar papeles out leave quit",
            "ask", "who what how why whats confidential free scam legit real government org organization church "
                    + "quien que como sacaste consiguio gratis estafa number # anonymous website",
            "insult", "fuck fucking fuk f off bitch shit stfu hell loser creep weirdo pathetic trash joke snitch "
                    + "nosy nosey mind business regret find back sorry watch pull property belongs die idiot "
                    + "verga chinga pinche metiche largate madre molestar clown",
            "optout", "stop remove unsubscribe list delete erase contact texting messages msgs texts opt quit "
                    + "end cancel block basta alto escribas escriban borren lista mensajes");

    private ConceptLexicon() {
    }

    /** The concept of a normalised word, or null. */
    static String of(String word) {
        return CONCEPTS.get(word);
    }

    private static Map<String, String> build(String... pairs) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            for (String word : pairs[i + 1].split(" ")) {
                // The first group a word is listed in wins: lists go from most to least specific.
                map.putIfAbsent(word, "k=" + pairs[i]);
            }
        }
        return Map.copyOf(map);
    }
}
