package org.factdesk.generator;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.factdesk.Application;
import org.factdesk.library.CsvColumn;
import org.factdesk.library.ImportProgress;
import org.factdesk.library.LibraryService;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Gives a generated desk a library as a real desk has one (issue 15, the claim page's round trip): COUNT fact-checks
 * imported as CSV through the library's import (index and sentence embeddings included), written as other
 * fact-checkers would word the desk's own kinds of claims, so that "Checked before" ranks real candidates. FactDesk
 * must be stopped. With RANKED, claims 1 to RANKED are then matched as on acceptance (their ranking stored, as a desk's
 * claims accepted after the import would have it). Compiled and run from a checkout after {@code . bin/classpath.sh}:
 * <pre>javac -proc:none -d target/bench-tools -cp "$FACTDESK_CLASSPATH" src/bench/java/org/factdesk/generator/ImportLibrary.java
 * java -cp "target/bench-tools:$FACTDESK_CLASSPATH" org.factdesk.generator.ImportLibrary DATA_FOLDER [COUNT=10000] [RANKED=0]</pre>
 */
final class ImportLibrary {

    private static final String[] WORDINGS = {
        "Claim that %s is misleading, the figures for year %s show",
        "%s? The record of %s does not support it",
        "Fact check %s: %s",
        "No, %s, according to the tables published in %s",
    };

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]).toAbsolutePath();
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int ranked = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.NONE).run("--factdesk.data-dir=" + data, "--factdesk.seed-articles=false",
                        "--factdesk.demo-users=false", "--factdesk.overdue.check-enabled=false",
                        "--factdesk.backup.nightly=false", "--spring.main.banner-mode=off",
                        "--spring.main.lazy-initialization=true", "--factdesk.search.rebuild-on-start=false",
                        "--logging.level.root=warn", "--spring.autoconfigure.exclude="
                                + "com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration")) {
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    "editor01", null, List.of(new SimpleGrantedAuthority("ROLE_EDITOR"))));
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            List<String> statements = jdbc.sql("select distinct regexp_replace(statement, '[0-9]+\\.$', '') "
                    + "from claim").query(String.class).list();
            StringBuilder csv = new StringBuilder("claim,rating,url,date,publisher,language\n");
            String[] ratings = {"False", "Misleading", "Mostly true", "True", "Missing context"};
            for (int i = 0; i < count; i++) {
                String statement = statements.get(i % statements.size()).trim()
                        .replaceAll(",? (says|according to|as reported in) article no\\.?$", "");
                String text = WORDINGS[i % WORDINGS.length].formatted(
                        i % 2 == 0 ? statement : i, i % 2 == 0 ? 2000 + i % 25 : statement);
                if (i % 3 == 0) {
                    text = text.replaceAll("\\d+", String.valueOf(i % 977));
                }
                csv.append('"').append(text.replace("\"", "\"\"")).append("\",").append(ratings[i % ratings.length])
                        .append(",https://checks.example.org/").append(i).append(",2024-0").append(1 + i % 9)
                        .append("-15,Checker ").append((char) ('A' + i % 7)).append(",en\n");
            }
            long started = System.nanoTime();
            LibraryService library = context.getBean(LibraryService.class);
            long id = library.importCsv("library.csv", csv.toString().getBytes(StandardCharsets.UTF_8), Map.of(
                    CsvColumn.CLAIM, "claim", CsvColumn.RATING, "rating", CsvColumn.URL, "url", CsvColumn.DATE,
                    "date", CsvColumn.PUBLISHER, "publisher", CsvColumn.LANGUAGE, "language"));
            ImportProgress progress;
            while ((progress = library.importProgress(id)) == null || !progress.finished()) {
                Thread.sleep(200);
            }
            System.out.printf("Imported %,d fact-checks in %.1f s%n", progress.added(),
                    (System.nanoTime() - started) / 1e9);
            long missing;
            while ((missing = jdbc.sql("select count(*) from fact_check where embedding is null").query(Long.class)
                    .single()) > 0) {
                System.out.printf("  %,d embeddings to compute%n", missing);
                Thread.sleep(5000);
            }
            long ranking = System.nanoTime();
            for (long claim = 1; claim <= ranked; claim++) {
                library.matchAgain(claim);
            }
            if (ranked > 0) {
                System.out.printf("Ranked claims 1 to %,d in %.1f s%n", ranked, (System.nanoTime() - ranking) / 1e9);
            }
            System.out.printf("Done in %.1f s%n", (System.nanoTime() - started) / 1e9);
        }
    }
}
