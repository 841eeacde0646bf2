package org.factdesk.comment;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the {@code @username}s typed in a comment. */
final class Mentions {

    private static final Pattern MENTION = Pattern.compile("@([a-z0-9][a-z0-9._-]*)", Pattern.CASE_INSENSITIVE);

    private Mentions() {
    }

    /**
     * Every name written after an {@code @}, lower-cased as usernames are stored; the dots, dashes and underscores
     * that end it are punctuation of the sentence ("ask @checker."), not part of the name.
     */
    static Set<String> typedIn(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = MENTION.matcher(text);
        while (matcher.find()) {
            String name = matcher.group(1).replaceFirst("[._-]+$", "");
            names.add(name.toLowerCase(Locale.ROOT));
        }
        return names;
    }
}
