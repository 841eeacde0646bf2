package org.factdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * French analysis, the one the library indexes French fact-checks with: elision, accents folded, light stemming of
 * plurals. The same set ranked with a plain standard analyzer misses paraphrases, which is the point.
 */
class FrenchAnalysisTest {

    private static List<String> terms(Analyzer analyzer, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }

    /** The fact-checks ranked first for each paraphrase, by BM25 over an index built with {@code analyzer}. */
    private static List<Integer> firstRanked(Analyzer analyzer) throws Exception {
        List<Integer> first = new ArrayList<>();
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                for (int i = 0; i < FrenchClaims.FACT_CHECKS.size(); i++) {
                    Document document = new Document();
                    document.add(new StoredField("id", i));
                    document.add(new TextField("claim", FrenchClaims.FACT_CHECKS.get(i), Field.Store.NO));
                    writer.addDocument(document);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                QueryParser parser = new QueryParser("claim", analyzer);
                for (FrenchClaims.Paraphrase paraphrase : FrenchClaims.PARAPHRASES) {
                    ScoreDoc[] hits = searcher.search(parser.parse(QueryParser.escape(paraphrase.claim())), 1)
                            .scoreDocs;
                    first.add(hits.length == 0 ? -1
                            : searcher.storedFields().document(hits[0].doc).getField("id").numericValue().intValue());
                }
            }
        }
        return first;
    }

    @Test
    void elided_articles_go_so_l_inflation_is_inflation() throws IOException {
        Analyzer french = LuceneAnalysis.french();

        assertThat(terms(french, "L'inflation")).isEqualTo(terms(french, "inflation")).hasSize(1);
        assertThat(terms(new StandardAnalyzer(), "L'inflation")).as("a standard analyzer keeps the article")
                .containsExactly("l'inflation");
        assertThat(terms(french, "d'électricité")).isEqualTo(terms(french, "electricite"));
        assertThat(terms(french, "qu'elle")).doesNotContain("qu'elle", "qu");
    }

    @Test
    void accents_are_folded_so_a_word_typed_without_them_meets_it() throws IOException {
        Analyzer french = LuceneAnalysis.french();

        assertThat(terms(french, "électricité")).isEqualTo(terms(french, "electricite"));
        assertThat(terms(french, "État")).isEqualTo(terms(french, "etat"));
        assertThat(terms(french, "hôpital")).isEqualTo(terms(french, "hopital"));
    }

    @Test
    void plurals_meet_their_singular() throws IOException {
        Analyzer french = LuceneAnalysis.french();

        assertThat(terms(french, "retraites")).isEqualTo(terms(french, "retraite"));
        assertThat(terms(french, "éoliennes")).isEqualTo(terms(french, "éolienne"));
        assertThat(terms(french, "vaccins")).isEqualTo(terms(french, "vaccin"));
        assertThat(terms(french, "pédiatriques")).isEqualTo(terms(french, "pediatrique"));
    }

    @Test
    void every_paraphrase_finds_its_fact_check_first_among_fifty() throws Exception {
        List<Integer> first = firstRanked(LuceneAnalysis.french());

        for (int i = 0; i < FrenchClaims.PARAPHRASES.size(); i++) {
            FrenchClaims.Paraphrase paraphrase = FrenchClaims.PARAPHRASES.get(i);
            assertThat(first.get(i)).as(paraphrase.claim() + " (" + paraphrase.tests() + ")")
                    .isEqualTo(paraphrase.expected());
        }
    }

    @Test
    void a_plain_standard_analyzer_misses_paraphrases_the_french_one_finds() throws Exception {
        List<Integer> first = firstRanked(new StandardAnalyzer());

        long found = 0;
        for (int i = 0; i < FrenchClaims.PARAPHRASES.size(); i++) {
            if (first.get(i) == FrenchClaims.PARAPHRASES.get(i).expected()) {
                found++;
            }
        }
        assertThat(found).as("paraphrases found first by a standard analyzer")
                .isLessThan(FrenchClaims.PARAPHRASES.size() * 3L / 4);
    }

    @Test
    void english_analysis_stems_plurals_and_drops_stop_words() throws IOException {
        Analyzer english = LuceneAnalysis.english();

        assertThat(terms(english, "vaccines")).isEqualTo(terms(english, "vaccine"));
        assertThat(terms(english, "The Governor's claims")).isEqualTo(terms(english, "governor claim"));
    }
}
