package org.factdesk.library;

import java.util.List;
import java.util.Map;

/** A CSV file's header and the mapping FactDesk guessed from it, for the column-mapping step. */
public record CsvPreview(List<String> headers, Map<CsvColumn, String> guessed) {

    /** Whether every required column was recognised, so the file can be imported without asking. */
    public boolean complete() {
        for (CsvColumn column : CsvColumn.values()) {
            if (column.required() && !guessed.containsKey(column)) {
                return false;
            }
        }
        return true;
    }
}
