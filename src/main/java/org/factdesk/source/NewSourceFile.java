package org.factdesk.source;

import org.springframework.core.io.InputStreamSource;

/** A file to attach to a source: the name it was uploaded with and where its bytes are read from, once. */
public record NewSourceFile(String name, InputStreamSource content) {
}
