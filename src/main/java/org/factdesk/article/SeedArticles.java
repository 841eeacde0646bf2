package org.factdesk.article;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports every .txt, .md and .html file of {@code seeds/} (packed into the application) once, so a new desk has an
 * article to work on. Each file is remembered by name: restarting imports nothing twice.
 */
@Component
@Order(20)
class SeedArticles implements ApplicationRunner {

    static final String IMPORTER = "system";
    private static final Logger LOG = LoggerFactory.getLogger(SeedArticles.class);

    private final ArticleRepository articles;
    private final ArticleService service;
    private final boolean enabled;

    SeedArticles(ArticleRepository articles, ArticleService service,
                 @Value("${factdesk.seed-articles:true}") boolean enabled) {
        this.articles = articles;
        this.service = service;
        this.enabled = enabled;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        if (!enabled) {
            return;
        }
        Resource[] seeds = new PathMatchingResourcePatternResolver().getResources("classpath*:seeds/*");
        Arrays.sort(seeds, Comparator.comparing(seed -> Objects.requireNonNullElse(seed.getFilename(), "")));
        for (Resource seed : seeds) {
            String name = Objects.requireNonNullElse(seed.getFilename(), "");
            if (isArticleFile(name) && !articles.existsBySeedKey(name)) {
                importSeed(name, seed);
            }
        }
    }

    private void importSeed(String name, Resource seed) throws IOException {
        try (InputStream in = seed.getInputStream()) {
            ImportedText text = ArticleFileReader.read(name, in.readAllBytes());
            ArticleData data = new ArticleData(text.title(), text.body(), null, null, null, null, null);
            service.store(ArticleService.normalised(data), IMPORTER, name);
            LOG.info("Imported the seed article {}", name);
        }
    }

    private static boolean isArticleFile(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && ArticleFileReader.EXTENSIONS.contains(name.substring(dot + 1).toLowerCase());
    }
}
