package org.factdesk.report;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;

/**
 * Writes {@code <}, {@code >} and {@code &} as JSON unicode escapes: the same JSON to any parser, but a CMS that pastes
 * it inside {@code <script type="application/ld+json">} cannot have a claim's {@code </script>} end the script early.
 */
final class ScriptSafeEscapes extends CharacterEscapes {

    private final int[] escapes = standardAsciiEscapesForJSON();

    ScriptSafeEscapes() {
        escapes['<'] = ESCAPE_STANDARD;
        escapes['>'] = ESCAPE_STANDARD;
        escapes['&'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return escapes;
    }

    @Override
    public @Nullable SerializableString getEscapeSequence(int ch) {
        return null;
    }
}
