package org.factdesk.article;

import java.time.Duration;
import org.factdesk.extraction.ClaimExtractor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * One extraction engine for the whole application. Its language models are read once, on a background thread a while
 * after the application is ready ({@code factdesk.extraction.load-models-after}, 20 s by default: not while the first
 * users' pages are served after a start, decision 027), or at once by the first extraction if one comes sooner.
 */
@Configuration
class ExtractionConfiguration {

    @Bean
    ClaimExtractor claimExtractor() {
        return new ClaimExtractor();
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadModels(ApplicationReadyEvent ready) {
        Duration after = ready.getApplicationContext().getEnvironment()
                .getProperty("factdesk.extraction.load-models-after", Duration.class, Duration.ofSeconds(20));
        ready.getApplicationContext().getBean(ClaimExtractor.class).loadInBackground(after);
    }
}
