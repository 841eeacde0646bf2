package org.factdesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Short random texts over a small alphabet of tricky characters, for comparing a hand-made reading with a pattern. */
final class RandomTexts {

    private RandomTexts() {
    }

    /** The given samples, then {@code count} texts of 0 to 11 characters from {@code alphabet}, with a fixed seed. */
    static List<String> after(List<String> samples, String alphabet, int count) {
        List<String> texts = new ArrayList<>(samples);
        int[] characters = alphabet.codePoints().toArray();
        Random random = new Random(13);
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder();
            for (int length = random.nextInt(12); length > 0; length--) {
                text.appendCodePoint(characters[random.nextInt(characters.length)]);
            }
            texts.add(text.toString());
        }
        return texts;
    }
}
