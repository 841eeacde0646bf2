package org.factdesk.extraction.evaluation;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a check-worthiness file in the CheckThat! format: a header line, then {@code Sentence_id}, {@code Text},
 * {@code class_label} ({@code Yes}/{@code No}) separated by tabs, a field that holds a quote or a tab quoted as in
 * CSV (inner quotes doubled, line breaks allowed inside quotes).
 */
public final class LabelledSentences {

    /** One labelled sentence. */
    public record Labelled(String id, String text, boolean checkworthy) {
    }

    private LabelledSentences() {
    }

    public static List<Labelled> read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader);
        }
    }

    static List<Labelled> parse(Reader reader) throws IOException {
        List<List<String>> rows = rows(reader);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("The file is empty: a header line is expected");
        }
        List<String> header = rows.getFirst();
        int id = column(header, "Sentence_id");
        int text = column(header, "Text");
        int label = column(header, "class_label");
        List<Labelled> labelled = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.size() == 1 && row.getFirst().isBlank()) {
                continue;
            }
            if (row.size() <= Math.max(id, Math.max(text, label))) {
                throw new IllegalArgumentException("Line " + (i + 1) + " has " + row.size() + " fields, not 3");
            }
            String value = row.get(label).strip();
            if (!value.equalsIgnoreCase("yes") && !value.equalsIgnoreCase("no")) {
                throw new IllegalArgumentException("Line " + (i + 1) + ": class_label is '" + value
                        + "', not Yes or No");
            }
            labelled.add(new Labelled(row.get(id), row.get(text), value.equalsIgnoreCase("yes")));
        }
        return labelled;
    }

    private static int column(List<String> header, String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).strip().replace("\uFEFF", "").equalsIgnoreCase(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("The header has no column " + name + ": " + header);
    }

    private static List<List<String>> rows(Reader reader) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStart = true;
        int c;
        while ((c = reader.read()) != -1) {
            if (quoted) {
                if (c == '"') {
                    reader.mark(1);
                    int next = reader.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next != -1) {
                            reader.reset();
                        }
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == '"' && fieldStart) {
                quoted = true;
                fieldStart = false;
            } else if (c == '\t') {
                row.add(field.toString());
                field.setLength(0);
                fieldStart = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r') {
                    reader.mark(1);
                    if (reader.read() != '\n') {
                        reader.reset();
                    }
                }
                row.add(field.toString());
                rows.add(row);
                row = new ArrayList<>();
                field.setLength(0);
                fieldStart = true;
            } else {
                field.append((char) c);
                fieldStart = false;
            }
        }
        if (!fieldStart || field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
