package org.factdesk.extraction.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.factdesk.extraction.evaluation.LabelledSentences.Labelled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckworthinessEvaluationTest {

    @Test
    void a_checkthat_file_is_read_with_its_csv_style_quotes() throws IOException {
        String file = "Sentence_id\tText\tclass_label\n"
                + "26\t\"You know, I saw a movie - \"\"Crocodile Dundee.\"\"\"\tNo\n"
                + "80\tWe're consuming 50 percent of the world's cocaine.\tYes\n"
                + "81\t\"A quoted text\nover two lines\"\tno";
        List<Labelled> sentences = LabelledSentences.parse(new StringReader(file));
        assertThat(sentences).containsExactly(
                new Labelled("26", "You know, I saw a movie - \"Crocodile Dundee.\"", false),
                new Labelled("80", "We're consuming 50 percent of the world's cocaine.", true),
                new Labelled("81", "A quoted text\nover two lines", false));
    }

    @Test
    void a_file_without_the_expected_columns_or_labels_is_refused_with_the_reason() {
        assertThatThrownBy(() -> LabelledSentences.parse(new StringReader("id\ttext\n1\tHello\n")))
                .hasMessageContaining("Sentence_id");
        assertThatThrownBy(() -> LabelledSentences.parse(new StringReader(
                "Sentence_id\tText\tclass_label\n1\tHello there.\tMaybe\n"))).hasMessageContaining("Maybe");
    }

    @Test
    void the_last_line_gives_precision_recall_and_f1_of_the_checkworthy_class(@TempDir Path folder)
            throws IOException {
        Path file = folder.resolve("tiny.tsv");
        Files.writeString(file, """
                Sentence_id\tText\tclass_label
                1\tUnemployment fell to 3.5 percent last year, the lowest rate in fifty years.\tYes
                2\tWe have spent more than $2 trillion on the war in Iraq since 2003.\tYes
                3\tThank you very much, and good evening to everyone here tonight.\tYes
                4\tI think we have to do better for our children and our grandchildren.\tNo
                """, StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = CheckworthinessEvaluation.run(new String[] {"--language", "en", file.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(status).isZero();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.getLast()).isEqualTo("checkworthiness n=4 P=1.000 R=0.667 F1=0.800");
    }

    @Test
    void the_counts_give_the_figures() {
        CheckworthinessEvaluation.Result result = new CheckworthinessEvaluation.Result(10, 3, 1, 3);
        assertThat(result.precision()).isEqualTo(0.75);
        assertThat(result.recall()).isEqualTo(0.5);
        assertThat(result.line()).isEqualTo("checkworthiness n=10 P=0.750 R=0.500 F1=0.600");
    }

    @Test
    void without_a_file_it_says_how_to_call_it() throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = CheckworthinessEvaluation.run(new String[0], System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage: bin/evaluate checkworthiness");
    }

}
