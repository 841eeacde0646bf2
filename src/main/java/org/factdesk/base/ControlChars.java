package org.factdesk.base;

import org.jspecify.annotations.Nullable;

/**
 * Control characters: invisible, meaningless in a newsroom's text, and harmful in what the desk exports (a NUL ends a
 * string in many a program, breaks XML and PDF text). Tab, carriage return and line feed are text; every other C0
 * control, DEL and the C1 controls are not. Forms refuse them ({@link NoControlChars}); every export removes them,
 * for rows stored before they were refused.
 */
public final class ControlChars {

    private ControlChars() {
    }

    public static boolean isControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }

    public static boolean has(@Nullable CharSequence text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The text without its control characters; the same instance when it has none (the usual case). */
    public static String clean(String text) {
        if (!has(text)) {
            return text;
        }
        StringBuilder cleaned = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isControl(c)) {
                cleaned.append(c);
            }
        }
        return cleaned.toString();
    }

    public static @Nullable String cleanOrNull(@Nullable String text) {
        return text == null ? null : clean(text);
    }
}
