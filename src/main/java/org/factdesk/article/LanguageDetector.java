package org.factdesk.article;

import java.util.Optional;
import org.factdesk.base.IsoLanguage;
import org.factdesk.base.LanguageDetection;
import org.factdesk.extraction.ClaimExtractor;
import org.springframework.stereotype.Component;

/** Lends the extraction engine's language detector to the article feature. */
@Component
class LanguageDetector implements LanguageDetection {

    private final ClaimExtractor extractor;

    LanguageDetector(ClaimExtractor extractor) {
        this.extractor = extractor;
    }

    @Override
    public Optional<String> detect(String text) {
        return Optional.of(extractor.detectLanguage(text)).filter(IsoLanguage.CODES::contains);
    }
}
