package org.factdesk.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** ClaimReview JSON-LD as fact-checkers publish it, and CSV files with or without recognisable column names. */
class ClaimReviewReaderTest {

    static final String REVIEW = """
            {"@context": "https://schema.org", "@type": "ClaimReview",
             "url": "https://factcheck.example.org/inflation-12",
             "claimReviewed": "Inflation reached 12% in 2023",
             "reviewRating": {"@type": "Rating", "alternateName": "Mostly false"},
             "author": {"@type": "Organization", "name": "AFP Factuel"},
             "datePublished": "2024-03-05", "inLanguage": "en"}""";

    private static List<FactCheckData> data(List<ImportRow> rows) {
        return rows.stream().map(ImportRow::data).filter(Objects::nonNull).toList();
    }

    @Test
    void one_claimreview_gives_its_claim_verdict_publisher_date_and_language() {
        List<ImportRow> rows = ClaimReviewReader.read(REVIEW, 1).rows();

        assertThat(data(rows)).containsExactly(new FactCheckData("https://factcheck.example.org/inflation-12",
                "Inflation reached 12% in 2023", null, "Mostly false", "AFP Factuel", "en", LocalDate.of(2024, 3, 5)));
    }

    @Test
    void an_array_an_item_list_and_a_data_feed_are_read_alike() {
        String array = "[" + REVIEW + "," + REVIEW.replace("inflation-12", "other") + "]";
        String itemList = "{\"@type\": \"ItemList\", \"itemListElement\": [{\"@type\": \"ListItem\", \"item\": "
                + REVIEW + "}, " + REVIEW.replace("inflation-12", "other") + "], \"next\": \"https://x.example/p2\"}";
        String dataFeed = "{\"@context\": \"https://schema.org\", \"@type\": \"DataFeed\", \"dataFeedElement\": "
                + "[{\"@type\": \"DataFeedItem\", \"item\": [" + REVIEW + "]}, {\"@type\": \"DataFeedItem\", "
                + "\"item\": " + REVIEW.replace("inflation-12", "other") + "}]}";

        for (String json : List.of(array, itemList, dataFeed)) {
            assertThat(data(ClaimReviewReader.read(json, 1).rows())).extracting(FactCheckData::url)
                    .as(json).containsExactly("https://factcheck.example.org/inflation-12",
                            "https://factcheck.example.org/other");
        }
        assertThat(ClaimReviewReader.read(itemList, 1).next()).isEqualTo("https://x.example/p2");
    }

    @Test
    void a_bad_record_is_skipped_with_its_reason_and_the_others_are_kept() {
        String json = "[" + REVIEW.replace("\"url\": \"https://factcheck.example.org/inflation-12\",", "")
                + ", {\"@type\": \"Person\", \"name\": \"x\"}, "
                + REVIEW.replace("https://factcheck.example.org/inflation-12", "javascript:alert(1)") + ", "
                + REVIEW.replace("Inflation reached 12% in 2023", " ") + ", " + REVIEW + "]";

        List<ImportRow> rows = ClaimReviewReader.read(json, 1).rows();

        assertThat(rows).extracting(ImportRow::skipReason).containsExactly("library.skip.no-url",
                "library.skip.not-claimreview", "library.skip.bad-url", "library.skip.no-claim", null);
        assertThat(rows).extracting(ImportRow::number).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void text_that_is_not_json_is_refused_with_its_reason() {
        assertThatThrownBy(() -> ClaimReviewReader.read("claim,url\nx,y", 1))
                .hasMessage("library.error.not-json");
    }

    @Test
    void a_csv_with_recognised_headers_maps_itself() {
        String csv = "\uFEFFClaim;Verdict;Lien;Date;Éditeur;Langue\n"
                + "L'inflation a atteint 12 %;Faux;https://fc.example.fr/1;2024-03-05;AFP;français\n";

        Map<CsvColumn, String> guessed = CsvReader.guess(CsvReader.headers(csv));
        List<ImportRow> rows = CsvReader.read(csv, guessed);

        assertThat(guessed).containsEntry(CsvColumn.URL, "Lien").containsEntry(CsvColumn.PUBLISHER, "Éditeur");
        assertThat(data(rows)).containsExactly(new FactCheckData("https://fc.example.fr/1",
                "L'inflation a atteint 12 %", null, "Faux", "AFP", "fr", LocalDate.of(2024, 3, 5)));
    }

    @Test
    void a_csv_whose_names_differ_needs_the_mapping_step() {
        String csv = "phrase,adresse\n\"Prices doubled, they say\",https://fc.example.org/2\n,https://fc.example.org/3\n";

        Map<CsvColumn, String> guessed = CsvReader.guess(CsvReader.headers(csv));
        assertThat(new CsvPreview(CsvReader.headers(csv), guessed).complete()).isFalse();
        assertThatThrownBy(() -> CsvReader.read(csv, guessed)).hasMessage("library.error.column-missing");

        List<ImportRow> rows = CsvReader.read(csv, Map.of(CsvColumn.CLAIM, "phrase", CsvColumn.URL, "adresse"));
        assertThat(data(rows)).extracting(FactCheckData::claim).containsExactly("Prices doubled, they say");
        assertThat(rows.get(1).skipReason()).isEqualTo("library.skip.no-claim");
    }
}
