package org.factdesk.extraction;

import static org.factdesk.extraction.Lexicon.words;

/** French word lists, written for news copy: attribution, change, cause, hedging, prediction. */
final class FrenchLexicon {

    private static final String SAID = "déclaré|affirmé|annoncé|révélé|indiqué|précisé|confirmé|souligné|expliqué"
            + "|assuré|rapporté|dit|ajouté|reconnu|démenti|admis|averti|estimé|dénoncé|accusé|signalé|fait savoir";

    static final Lexicon LEXICON = new Lexicon(
            words("selon", "d'après", "de source \\p{L}+",
                    "(?:a|ont|avait|avaient)(?:-t-(?:il|elle|on|ils|elles))? (?:" + SAID + ")",
                    "(?:déclar|affirm|annonç|révél|indiqu|précis|confirm|soulign|expliqu|assur|ajout|estim)ant",
                    "(?:déclar|affirm|révèl|indiqu|confirm|soulign|rapport)(?:e|ent)",
                    "(?:dit|déclare|affirme|explique|précise|ajoute|assure|souligne)-(?:t-)?(?:il|elle|on)"),
            words("plus de", "moins de", "plus que", "moins que", "davantage", "records?", "en hausse", "en baisse",
                    "hausse", "baisse", "augment\\p{L}*", "diminu\\p{L}*", "doubl\\p{L}*", "tripl\\p{L}*",
                    "recul\\p{L}*", "chut(?:e|es|é|ée|ent)", "grimp\\p{L}*", "bondi\\p{L}*", "multipli\\p{L}*",
                    "(?:le|la|les) (?:plus|moins)", "supérieure?s?", "inférieure?s?", "(?:deux|trois|dix) fois"),
            words("à cause (?:de|du|des|d')", "en raison (?:de|du|des|d')", "grâce (?:à|au|aux)",
                    "(?:à la )?suite (?:à|au|aux|de|du|des|d')", "parce qu(?:e|')", "car", "du fait (?:de|du|des|d')",
                    "provoqu\\p{L}*", "entraîn(?:é|ée|és|ées|e|ent)", "caus(?:é|ée|és|ées|e|ent)",
                    "(?:dû|due|dus|dues) (?:à|au|aux)", "par conséquent", "en conséquence", "en réponse (?:à|au|aux)"),
            words("devrai(?:t|ent)", "pourrai(?:t|ent)", "faudrait", "il faut", "peut-être", "sans doute",
                    "probablement", "(?:je|nous) (?:pense|pensons|crois|croyons|trouve|trouvons)", "à mon avis",
                    "selon moi", "(?:il )?sembl(?:e|ent|erait)", "il est (?:possible|probable|temps)",
                    "il se peut", "j'estime", "inacceptables?", "scandaleu(?:x|se|ses)", "honteu(?:x|se|ses)"),
            words("(?:les |la |le |l')?prochain(?:e|s|es)? (?:jours?|semaines?|mois|années?|ans?)",
                    "(?:la semaine|le mois|l'an|l'année) prochaine?", "bientôt", "demain", "à l'avenir",
                    "à venir", "d'ici (?:à )?(?:20\\d\\d|la fin)"),
            words("était", "étaient", "avait", "avaient", "fut", "furent", "eut", "eurent", "hier",
                    "(?:l'an|l'année|la semaine|le mois) derni(?:er|ère)"));

    private FrenchLexicon() {
    }
}
