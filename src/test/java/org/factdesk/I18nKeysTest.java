package org.factdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.factdesk.base.Translations;
import org.factdesk.security.Role;
import org.junit.jupiter.api.Test;

/** Every key the code uses exists in English and French, and the two files hold the same keys. */
class I18nKeysTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path ENGLISH = Path.of("src/main/resources/vaadin-i18n/translations.properties");
    private static final Path FRENCH = Path.of("src/main/resources/vaadin-i18n/translations_fr.properties");

    /** The first argument of getTranslation(...), up to the first comma or closing parenthesis. */
    private static final Pattern TRANSLATION_CALL = Pattern.compile("getTranslation\\(\\s*([^,)]*)");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern CONSTRAINT_MESSAGE = Pattern.compile("\\bmessage\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern DEFAULT_MESSAGE = Pattern.compile("message\\(\\)\\s*default\\s*\"([^\"]+)\"");
    private static final Pattern MENU_TITLE = Pattern.compile("@Menu\\([^)]*\\btitle\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern REFUSAL = Pattern.compile(
            "new RefusedException\\(\\s*(?:null|\"[^\"]*\")\\s*,\\s*\"([^\"]+)\"|\\brefused\\(\\s*\"([^\"]+)\"");

    @Test
    void english_and_french_hold_exactly_the_same_keys() throws IOException {
        Set<String> english = keys(ENGLISH);
        Set<String> french = keys(FRENCH);

        assertThat(minus(english, french)).as("keys missing in %s", FRENCH.getFileName()).isEmpty();
        assertThat(minus(french, english)).as("keys missing in %s", ENGLISH.getFileName()).isEmpty();
    }

    @Test
    void no_translation_is_blank() throws IOException {
        for (Path file : new Path[] {ENGLISH, FRENCH}) {
            Properties properties = load(file);
            assertThat(properties.stringPropertyNames()).as("blank values in %s", file.getFileName())
                    .filteredOn(key -> properties.getProperty(key).isBlank()).isEmpty();
        }
    }

    @Test
    void every_literal_key_in_the_code_exists_in_both_languages() throws IOException {
        TreeMap<String, String> used = usedKeys();
        assertThat(used).as("the scan found the keys used by the code").containsKeys("nav.articles",
                "validation.required", "validation.url", "article.error.publication-date",
                "article.error.body-too-large", "article.error.file-binary", "settings.error.time-zone");

        for (Path file : new Path[] {ENGLISH, FRENCH}) {
            Set<String> keys = keys(file);
            assertThat(used.entrySet()).as("keys used in the code but missing in %s (key=first file using it)",
                    file.getFileName()).filteredOn(entry -> !keys.contains(entry.getKey())).isEmpty();
        }
    }

    @Test
    void keys_built_from_a_prefix_exist_for_every_role_and_language() throws IOException {
        Set<String> dynamic = new TreeSet<>();
        Arrays.stream(Role.values()).forEach(role -> dynamic.add("role." + role.name()));
        Translations.LOCALES.forEach(locale -> dynamic.add("language." + locale.getLanguage()));

        assertThat(keys(ENGLISH)).containsAll(dynamic);
        assertThat(keys(FRENCH)).containsAll(dynamic);
    }

    private static TreeMap<String, String> usedKeys() throws IOException {
        TreeMap<String, String> used = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                String name = file.getFileName().toString();
                Matcher calls = TRANSLATION_CALL.matcher(source);
                while (calls.find()) {
                    Matcher literals = STRING_LITERAL.matcher(calls.group(1));
                    while (literals.find()) {
                        String literal = literals.group(1);
                        // "role." + name and "language." + code are checked by keys_built_from_a_prefix_...
                        if (!literal.endsWith(".")) {
                            used.putIfAbsent(literal, name);
                        }
                    }
                }
                for (Pattern pattern : new Pattern[] {CONSTRAINT_MESSAGE, DEFAULT_MESSAGE, MENU_TITLE, REFUSAL}) {
                    Matcher matcher = pattern.matcher(source);
                    while (matcher.find()) {
                        for (int group = 1; group <= matcher.groupCount(); group++) {
                            if (matcher.group(group) != null) {
                                used.putIfAbsent(matcher.group(group), name);
                            }
                        }
                    }
                }
            }
        }
        return used;
    }

    private static Set<String> keys(Path file) throws IOException {
        return new TreeSet<>(load(file).stringPropertyNames());
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> minus(Set<String> all, Set<String> removed) {
        Set<String> rest = new TreeSet<>(all);
        rest.removeAll(removed);
        return rest;
    }
}
