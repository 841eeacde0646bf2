package org.factdesk.search;

import java.util.List;

/**
 * About fifty French fact-checks and, for some, a claim worded otherwise that a fact-checker would recognise as the
 * same: with the elided article on the other side ("l'inflation" / "inflation"), without accents ("electricite"),
 * in the plural ("retraites" / "retraite"), or all three. The others are distractors on neighbouring subjects.
 */
final class FrenchClaims {

    /** A paraphrase, the index of the fact-check it matches, and what it tests. */
    record Paraphrase(String claim, int expected, String tests) {
    }

    static final List<String> FACT_CHECKS = List.of(
            /* 0 */ "L'inflation a atteint 12 % en France en 2023",
            /* 1 */ "Les prix de l'électricité ont doublé depuis janvier",
            /* 2 */ "La réforme des retraites repousse l'âge légal à 64 ans",
            /* 3 */ "Les éoliennes tuent des milliers d'oiseaux chaque année",
            /* 4 */ "L'immigration coûte 40 milliards d'euros par an à l'État",
            /* 5 */ "Le chômage des jeunes a baissé de moitié en cinq ans",
            /* 6 */ "Les vaccins contre la grippe contiennent du mercure",
            /* 7 */ "L'hôpital public a perdu 20 000 lits en dix ans",
            /* 8 */ "Les impôts des ménages ont augmenté sous ce gouvernement",
            /* 9 */ "La dette publique dépasse 3 000 milliards d'euros",
            /* 10 */ "Les agriculteurs reçoivent la moitié des subventions européennes",
            /* 11 */ "Les écoles ferment faute d'enseignants dans les zones rurales",
            /* 12 */ "L'usine de batteries créera 2 000 emplois dans le Nord",
            /* 13 */ "Les loyers parisiens ont augmenté de 30 % en deux ans",
            /* 14 */ "L'énergie nucléaire produit 70 % de l'électricité française",
            /* 15 */ "Les médecins généralistes manquent dans un département sur trois",
            /* 16 */ "L'eau du robinet contient des pesticides interdits",
            /* 17 */ "Les policiers municipaux seront armés dès l'an prochain",
            /* 18 */ "L'autoroute A69 détruit des zones humides protégées",
            /* 19 */ "Les étudiants boursiers ont vu leur aide baisser",
            /* 20 */ "Le prix du carburant a dépassé deux euros le litre",
            /* 21 */ "Les incendies de forêt ont brûlé 70 000 hectares cet été",
            /* 22 */ "L'État a supprimé l'aide aux vélos électriques",
            /* 23 */ "Les délits routiers ont augmenté après la baisse des radars",
            /* 24 */ "Le pouvoir d'achat des retraités a reculé en 2022",
            /* 25 */ "Les émissions de carbone de la France ont baissé de 5 %",
            /* 26 */ "Les pharmacies manquent d'amoxicilline depuis l'hiver",
            /* 27 */ "L'Assemblée a voté la hausse du salaire minimum",
            /* 28 */ "Les pêcheurs bretons ont perdu l'accès aux eaux britanniques",
            /* 29 */ "Le télétravail réduit la productivité des entreprises",
            /* 30 */ "Les logements sociaux représentent un quart du parc immobilier",
            /* 31 */ "L'obésité infantile a doublé en vingt ans",
            /* 32 */ "Les abeilles disparaissent à cause des néonicotinoïdes",
            /* 33 */ "Le train coûte plus cher que l'avion entre Paris et Nice",
            /* 34 */ "Les urgences pédiatriques sont saturées cet automne",
            /* 35 */ "L'Union européenne interdit les voitures thermiques en 2035",
            /* 36 */ "Les salaires des enseignants sont les plus bas d'Europe",
            /* 37 */ "Le nombre de fonctionnaires a augmenté de 100 000",
            /* 38 */ "Les cambriolages ont reculé dans les grandes villes",
            /* 39 */ "L'aéroport de Nantes aurait créé 5 000 emplois",
            /* 40 */ "Les hôpitaux psychiatriques refusent des patients faute de place",
            /* 41 */ "Le glyphosate provoque des cancers chez les agriculteurs",
            /* 42 */ "Les allocations familiales seront versées dès le premier enfant",
            /* 43 */ "L'éducation nationale recrute moins de professeurs qu'en 2010",
            /* 44 */ "Les exportations françaises d'armes ont triplé",
            /* 45 */ "Le déficit commercial a atteint un record historique",
            /* 46 */ "Les élèves français sont derniers en mathématiques",
            /* 47 */ "L'électricité renouvelable couvre un tiers de la consommation",
            /* 48 */ "Les étrangers représentent un quart des détenus",
            /* 49 */ "La sécheresse menace l'approvisionnement en eau potable");

    static final List<Paraphrase> PARAPHRASES = List.of(
            new Paraphrase("inflation record France 2023", 0, "elision: l'inflation"),
            new Paraphrase("prix electricite double", 1, "accents and plural: électricité, prix doublé"),
            new Paraphrase("l'âge de départ en retraite recule avec la réforme", 2, "plural: retraites"),
            new Paraphrase("une eolienne tue des oiseaux", 3, "accent and plural: éoliennes"),
            new Paraphrase("cout de l'immigration pour l'Etat", 4, "accent: État, coûte"),
            new Paraphrase("le vaccin de la grippe contient-il du mercure ?", 6, "plural: vaccins"),
            new Paraphrase("hopital public : vingt mille lits perdus", 7, "accent and plural: hôpital, lit"),
            new Paraphrase("L'energie nucleaire et l'electricite francaise", 14, "elision and accents"),
            new Paraphrase("pesticide interdit dans l'eau du robinet", 16, "plural: pesticides"),
            new Paraphrase("aide supprimee pour le velo electrique", 22, "accents and plurals: vélos électriques"),
            new Paraphrase("l'abeille disparait a cause d'un neonicotinoide", 32, "accents, plurals, elision"),
            new Paraphrase("etudiant boursier : aide en baisse", 19, "accents and plurals: étudiants boursiers"),
            new Paraphrase("secheresse et eau potable", 49, "accent: sécheresse"),
            new Paraphrase("urgence pediatrique saturee", 34, "accents and plurals: urgences pédiatriques"),
            new Paraphrase("eleve francais dernier en mathematique", 46, "accents and plurals: élèves français"));

    private FrenchClaims() {
    }
}
