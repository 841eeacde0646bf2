package org.factdesk.report;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.factdesk.claim.ClaimReason;
import org.factdesk.extraction.Feature;

/**
 * Why a claim was suggested for checking, in a line of words the reader's language: the signals strongest first, each
 * with what fired it and its weight, as the workspace shows them ("Quantity: 3.5 % (+2); “unemployment” (+1)").
 */
final class ReasonText {

    private ReasonText() {
    }

    /** The {@code most} strongest reasons (all of them when {@code most} is 0); empty when there are none. */
    static String of(List<ClaimReason> reasons, I18NProvider translations, Locale locale, int most) {
        return reasons.stream()
                .sorted(Comparator.comparingInt((ClaimReason reason) -> -Math.abs(reason.weight())))
                .limit(most > 0 ? most : Long.MAX_VALUE)
                .map(reason -> describe(reason, translations, locale))
                .collect(Collectors.joining("; "));
    }

    private static String describe(ClaimReason reason, I18NProvider translations, Locale locale) {
        String weight = " (" + (reason.weight() > 0 ? "+" : "") + reason.weight() + ")";
        if (reason.feature() == Feature.WORDS) {
            return translations.getTranslation("extraction.words-chip", locale, reason.evidence()) + weight;
        }
        String feature = translations.getTranslation("extraction.feature." + reason.feature().name(), locale);
        return (reason.evidence().isBlank() ? feature
                : translations.getTranslation("report.reason", locale, feature, reason.evidence())) + weight;
    }
}
