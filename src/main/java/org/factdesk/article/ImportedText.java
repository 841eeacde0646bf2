package org.factdesk.article;

/** The title and body read from an uploaded file, for the editor to check before importing. */
public record ImportedText(String title, String body) {
}
