package org.factdesk.extraction;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

import org.jspecify.annotations.Nullable;

/** Language detection (OpenNLP answers in ISO 639-3) and codes normalised to ISO 639-1. */
final class Languages {

    /** ISO 639-2 "undetermined": the text gives no clue (empty, digits only). */
    static final String UNDETERMINED = "und";
    // The start of an article tells its language; reading a whole megabyte would only cost time.
    private static final int SAMPLE_CHARS = 10_000;
    private static final Map<String, String> TO_ISO_639_1 = isoTable();

    private final LanguageDetectorModel model;

    Languages(LanguageDetectorModel model) {
        this.model = model;
    }

    String detect(String text) {
        String sample = text.length() <= SAMPLE_CHARS ? text : text.substring(0, SAMPLE_CHARS);
        if (sample.codePoints().noneMatch(Character::isLetter)) {
            return UNDETERMINED;
        }
        // A detector per call: LanguageDetectorME is cheap to build and not documented as thread-safe.
        String iso3 = new LanguageDetectorME(model).predictLanguage(sample).getLang();
        return TO_ISO_639_1.getOrDefault(iso3, iso3);
    }

    /** "fr", "FR", "fr-CA", "fra", "fre" → "fr"; blank → empty. */
    static Optional<String> normalise(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String primary = code.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        return Optional.of(TO_ISO_639_1.getOrDefault(primary, primary));
    }

    private static Map<String, String> isoTable() {
        Map<String, String> table = new HashMap<>();
        for (String iso1 : Locale.getISOLanguages()) {
            try {
                table.put(Locale.of(iso1).getISO3Language(), iso1);
            } catch (java.util.MissingResourceException e) {
                // a code without a three-letter form keeps its own
            }
        }
        // Individual languages the detector reports where ISO 639-1 only knows the macrolanguage, and the
        // bibliographic codes people type.
        table.putAll(Map.ofEntries(Map.entry("cmn", "zh"), Map.entry("pes", "fa"), Map.entry("zlm", "ms"),
                Map.entry("zsm", "ms"), Map.entry("ekk", "et"), Map.entry("lvs", "lv"), Map.entry("swh", "sw"),
                Map.entry("arb", "ar"), Map.entry("azj", "az"), Map.entry("uzn", "uz"), Map.entry("khk", "mn"),
                Map.entry("plt", "mg"), Map.entry("gug", "gn"), Map.entry("fre", "fr"), Map.entry("ger", "de"),
                Map.entry("dut", "nl"), Map.entry("chi", "zh"), Map.entry("per", "fa"), Map.entry("gre", "el")));
        return Map.copyOf(table);
    }
}
