package org.factdesk.suggestion;

import java.util.List;

/**
 * The figures of one language.
 *
 * @param labels every decision of the desk that counts as a label in this language
 * @param recent the agreement over the most recent {@link SuggestionService#RECENT} of them
 * @param history the agreement over blocks of {@link SuggestionService#BLOCK} decisions, oldest first
 */
public record LanguageAgreement(String language, int labels, Agreement recent, List<AgreementPoint> history) {
}
