package org.factdesk.notification;

/** The beginning of a comment for a notification: on one line, cut after a word with an ellipsis when long. */
final class Excerpt {

    /** Fits the column (200 characters) with room to spare, and reads at a glance in the bell's list. */
    static final int MAX = 140;

    private Excerpt() {
    }

    static String of(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        if (line.length() <= MAX) {
            return line;
        }
        int end = MAX - 1;
        if (Character.isHighSurrogate(line.charAt(end - 1))) {
            end--;
        }
        String cut = line.substring(0, end);
        int space = cut.lastIndexOf(' ');
        return (space > MAX / 2 ? cut.substring(0, space) : cut).stripTrailing() + "…";
    }
}
