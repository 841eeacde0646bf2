package org.factdesk.report.claimreview;

import org.factdesk.base.ControlChars;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;

/**
 * Writes {@code <}, {@code >} and {@code &} as JSON unicode escapes: the same JSON to any parser, but a CMS that pastes
 * it inside {@code <script type="application/ld+json">} cannot have a claim's {@code </script>} end the script early.
 */
final class ScriptSafeEscapes extends CharacterEscapes {

    private static final SerializableString NOTHING = new SerializedString("");

    private final int[] escapes = standardAsciiEscapesForJSON();

    ScriptSafeEscapes() {
        escapes['<'] = ESCAPE_STANDARD;
        escapes['>'] = ESCAPE_STANDARD;
        escapes['&'] = ESCAPE_STANDARD;
        for (int c = 0; c < escapes.length; c++) {
            if (ControlChars.isControl(c)) {
                escapes[c] = ESCAPE_CUSTOM;
            }
        }
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return escapes;
    }

    @Override
    public @Nullable SerializableString getEscapeSequence(int ch) {
        // Control characters (rows stored before forms refused them) are left out of the JSON altogether.
        return ControlChars.isControl(ch) ? NOTHING : null;
    }
}
