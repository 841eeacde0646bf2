package org.factdesk.article;

import org.factdesk.extraction.ClaimExtractor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One extraction engine for the whole application: its language models are loaded once, at start-up. */
@Configuration
class ExtractionConfiguration {

    @Bean
    ClaimExtractor claimExtractor() {
        return new ClaimExtractor();
    }
}
