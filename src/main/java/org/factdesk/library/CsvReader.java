package org.factdesk.library;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads a CSV file whose first line names its columns: comma, semicolon or tab separated (the first line decides),
 * UTF-8 with or without a byte-order mark. {@link #headers} and {@link #guess} prepare the column-mapping step; each
 * data row becomes a fact-check or a skip with its reason.
 */
final class CsvReader {

    private CsvReader() {
    }

    /** The header's names, in order. */
    static List<String> headers(String csv) {
        try (CSVParser parser = format(csv).parse(new StringReader(strip(csv)))) {
            return List.copyOf(parser.getHeaderNames());
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("library.error.bad-csv", e);
        }
    }

    /** The columns whose header names a column FactDesk knows ("claim", "verdict", "lien"...). */
    static Map<CsvColumn, String> guess(List<String> headers) {
        Map<CsvColumn, String> mapping = new EnumMap<>(CsvColumn.class);
        for (CsvColumn column : CsvColumn.values()) {
            headers.stream().filter(column::recognises).findFirst().ifPresent(header -> mapping.put(column, header));
        }
        return mapping;
    }

    /** Reads every data row with {@code mapping} (FactDesk's column -> the file's header). */
    static List<ImportRow> read(String csv, Map<CsvColumn, String> mapping) {
        for (CsvColumn column : CsvColumn.values()) {
            if (column.required() && !mapping.containsKey(column)) {
                throw new IllegalArgumentException("library.error.column-missing");
            }
        }
        List<ImportRow> rows = new ArrayList<>();
        try (Reader reader = new StringReader(strip(csv)); CSVParser parser = format(csv).parse(reader)) {
            int number = 0;
            for (CSVRecord record : parser) {
                number++;
                if (!record.isConsistent()) {
                    rows.add(ImportRow.skipped(number, "library.skip.bad-row"));
                    continue;
                }
                rows.add(Records.check(number, value(record, mapping, CsvColumn.URL),
                        value(record, mapping, CsvColumn.CLAIM), value(record, mapping, CsvColumn.TITLE),
                        value(record, mapping, CsvColumn.RATING), value(record, mapping, CsvColumn.PUBLISHER),
                        value(record, mapping, CsvColumn.LANGUAGE), value(record, mapping, CsvColumn.DATE)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            throw new IllegalArgumentException("library.error.bad-csv", e);
        }
        return rows;
    }

    private static @Nullable String value(CSVRecord record, Map<CsvColumn, String> mapping, CsvColumn column) {
        String header = mapping.get(column);
        return header == null || !record.isMapped(header) ? null : record.get(header);
    }

    private static CSVFormat format(String csv) {
        String first = strip(csv).lines().findFirst().orElse("");
        char delimiter = count(first, ';') > count(first, ',') ? ';' : count(first, '\t') > count(first, ',') ? '\t' : ',';
        return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(true).get();
    }

    private static long count(String line, char c) {
        return line.chars().filter(ch -> ch == c).count();
    }

    private static String strip(String csv) {
        return csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    }
}
