package org.factdesk.article;

import org.factdesk.extraction.ClaimExtractor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * One extraction engine for the whole application. Its language models are read once, on a background thread as
 * soon as the application is ready (issue 15: no longer on the main thread during start), or by the first
 * extraction if one comes sooner.
 */
@Configuration
class ExtractionConfiguration {

    @Bean
    ClaimExtractor claimExtractor() {
        return new ClaimExtractor();
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadModels(ApplicationReadyEvent ready) {
        ready.getApplicationContext().getBean(ClaimExtractor.class).loadInBackground();
    }
}
