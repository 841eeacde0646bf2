package org.factdesk.article;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.factdesk.base.ControlChars;
import org.factdesk.base.IsoLanguage;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a published article's page: the title, outlet, author, publication date and language from what the page says
 * of itself (JSON-LD {@code NewsArticle} or {@code Article}, also inside {@code @graph} and arrays; then the Open
 * Graph {@code og:} and {@code article:} tags; then plain {@code <meta>} and {@code <title>}), and the readable text of
 * the article's element ({@code articleBody}, {@code <article>}, {@code <main>}, else the body). Everything comes out
 * as plain text: a title holding {@code <script>} is those characters, never markup.
 */
final class WebArticleReader {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "blogposting", "backgroundnewsarticle", "reviewnewsarticle");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0]+");
    private static final Pattern DATE_START = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2}).*");
    private static final int MAX_JSON_DEPTH = 8;
    private static final List<Function<String, LocalDate>> DATE_FORMS = List.of(
            text -> OffsetDateTime.parse(text).toLocalDate(), text -> ZonedDateTime.parse(text).toLocalDate(),
            text -> LocalDateTime.parse(text).toLocalDate(), LocalDate::parse);

    private WebArticleReader() {
    }

    static WebArticle read(String html, String pageUrl, int maxChars) {
        Document page = Parser.htmlParser().setMaxDepth(HtmlArticleText.MAX_DEPTH).parseInput(html, pageUrl);
        @Nullable JsonNode ld = articleJsonLd(page);
        String outlet = first(ld == null ? null : name(ld.get("publisher")), meta(page, "og:site_name"),
                meta(page, "application-name"));
        String tab = withoutOutlet(text(page.selectFirst("head > title")), outlet);
        String heading = text(page.selectFirst("h1"));
        // "Title | Outlet" with an outlet the page does not name: the heading is the title without it.
        String plainTitle = heading != null && tab != null && tab.startsWith(heading) ? heading : first(tab, heading);
        String title = first(ld == null ? null : string(ld.get("headline")), meta(page, "og:title"),
                meta(page, "twitter:title"), plainTitle);
        String byline = first(ld == null ? null : names(ld.get("author")), notAnAddress(meta(page, "author")),
                notAnAddress(meta(page, "article:author")), notAnAddress(meta(page, "byl")),
                text(page.selectFirst("[rel=author], [itemprop=author] [itemprop=name], .byline")));
        LocalDate published = firstDate(ld == null ? null : string(ld.get("datePublished")),
                meta(page, "article:published_time"), meta(page, "og:published_time"), meta(page, "date"),
                meta(page, "dc.date"), meta(page, "dcterms.date"), meta(page, "pubdate"),
                attribute(page.selectFirst("article time[datetime], time[pubdate]"), "datetime"),
                ld == null ? null : string(ld.get("dateCreated")));
        String language = language(first(ld == null ? null : language(ld.get("inLanguage")),
                attribute(page.selectFirst("html"), "lang"), meta(page, "og:locale")));
        String url = webAddress(first(attribute(page.selectFirst("link[rel=canonical]"), "abs:href"),
                meta(page, "og:url")));
        Element root = articleRoot(page);
        Element firstHeading = root.selectFirst("h1, h2");
        if (firstHeading != null && title != null && firstHeading.text().strip().equals(title)) {
            firstHeading.remove();
        }
        String body = ControlChars.clean(HtmlArticleText.paragraphs(root, maxChars));
        return new WebArticle(cut(title, ArticleData.TITLE_MAX), body, cutOrNull(outlet, ArticleData.OUTLET_MAX),
                cutOrNull(byline, ArticleData.BYLINE_MAX), published, language, url);
    }

    private static String cut(@Nullable String value, int max) {
        return value == null ? "" : value.length() <= max ? value : value.substring(0, max - 1).strip() + "…";
    }

    private static @Nullable String cutOrNull(@Nullable String value, int max) {
        return value == null ? null : cut(value, max);
    }

    private static Element articleRoot(Document page) {
        for (String selector : new String[] {"[itemprop=articleBody]", "article", "main", "[role=main]"}) {
            Element found = page.body().selectFirst(selector);
            if (found != null && !found.text().isBlank()) {
                return found;
            }
        }
        return page.body();
    }

    /** The first JSON-LD object typed as an article, whether alone, in an array or in an {@code @graph}. */
    private static @Nullable JsonNode articleJsonLd(Document page) {
        for (Element script : page.select("script[type]")) {
            if (!script.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
                continue;
            }
            try {
                JsonNode found = findArticle(MAPPER.readTree(script.data()), 0);
                if (found != null) {
                    return found;
                }
            } catch (JacksonException e) {
                // A broken block says nothing; the page's other tags still may.
            }
        }
        return null;
    }

    private static @Nullable JsonNode findArticle(@Nullable JsonNode node, int depth) {
        if (node == null || depth > MAX_JSON_DEPTH) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode element : node) {
                JsonNode found = findArticle(element, depth + 1);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        if (isArticle(node.get("@type"))) {
            return node;
        }
        return findArticle(node.get("@graph"), depth + 1);
    }

    private static boolean isArticle(@Nullable JsonNode types) {
        if (types == null) {
            return false;
        }
        List<JsonNode> all = new ArrayList<>();
        if (types.isArray()) {
            types.forEach(all::add);
        } else {
            all.add(types);
        }
        for (JsonNode type : all) {
            String value = type.isString() ? type.asString() : "";
            int cut = Math.max(value.lastIndexOf('/'), value.lastIndexOf(':'));
            if (ARTICLE_TYPES.contains(value.substring(cut + 1).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The name of a person or organisation, or of several joined by commas ("Ann Lee, Bo Chen"). */
    private static @Nullable String names(@Nullable JsonNode node) {
        if (node == null) {
            return null;
        }
        Set<String> found = new LinkedHashSet<>();
        if (node.isArray()) {
            node.forEach(one -> {
                String name = name(one);
                if (name != null) {
                    found.add(name);
                }
            });
        } else {
            String name = name(node);
            if (name != null) {
                found.add(name);
            }
        }
        return found.isEmpty() ? null : clean(String.join(", ", found));
    }

    private static @Nullable String name(@Nullable JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : name(node.get(0));
        }
        if (node.isString()) {
            return notAnAddress(clean(node.asString()));
        }
        return node.isObject() ? string(node.get("name")) : null;
    }

    private static @Nullable String language(@Nullable JsonNode node) {
        if (node == null) {
            return null;
        }
        return node.isObject() ? string(node.get("alternateName")) : string(node);
    }

    private static @Nullable String string(@Nullable JsonNode node) {
        if (node != null && node.isArray()) {
            return node.isEmpty() ? null : string(node.get(0));
        }
        if (node == null || node.isContainer() || node.isNull()) {
            return null;
        }
        return clean(node.asString());
    }

    private static @Nullable String meta(Document page, String name) {
        Element found = page.head().selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        if (found == null) {
            found = page.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        }
        return found == null ? null : clean(found.attr("content"));
    }

    private static @Nullable String attribute(@Nullable Element element, String name) {
        return element == null ? null : clean(element.attr(name));
    }

    private static @Nullable String text(@Nullable Element element) {
        return element == null ? null : clean(element.text());
    }

    /** "Title | Outlet" or "Title - Outlet" in a tab title: the outlet's name is not part of the article's title. */
    private static @Nullable String withoutOutlet(@Nullable String title, @Nullable String outlet) {
        if (title == null || outlet == null) {
            return title;
        }
        for (String separator : new String[] {" | ", " - ", " – ", " — "}) {
            if (title.endsWith(separator + outlet)) {
                return title.substring(0, title.length() - separator.length() - outlet.length()).strip();
            }
        }
        return title;
    }

    private static @Nullable String notAnAddress(@Nullable String value) {
        return value == null || value.startsWith("http://") || value.startsWith("https://") ? null : value;
    }

    private static @Nullable String webAddress(@Nullable String value) {
        return value != null && (value.startsWith("http://") || value.startsWith("https://")) ? value : null;
    }

    /** A two-letter language the desk knows, from "fr", "fr-FR" or "fr_FR". */
    private static @Nullable String language(@Nullable String value) {
        if (value == null || value.length() < 2) {
            return null;
        }
        String code = value.substring(0, 2).toLowerCase(Locale.ROOT);
        boolean alone = value.length() == 2 || value.charAt(2) == '-' || value.charAt(2) == '_';
        return alone && IsoLanguage.CODES.contains(code) ? code : null;
    }

    /** The first date that reads as one: the calendar day as the page wrote it, whatever its time zone. */
    private static @Nullable LocalDate firstDate(@Nullable String... values) {
        for (String value : values) {
            LocalDate date = date(value);
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    static @Nullable LocalDate date(@Nullable String value) {
        if (value == null) {
            return null;
        }
        for (Function<String, LocalDate> parser : DATE_FORMS) {
            try {
                return parser.apply(value);
            } catch (DateTimeParseException e) {
                // Next form.
            }
        }
        java.util.regex.Matcher matcher = DATE_START.matcher(value);
        if (matcher.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                        Integer.parseInt(matcher.group(3)));
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        return null;
    }

    @SafeVarargs
    private static <T> @Nullable T first(@Nullable T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** One line of text: runs of white space as one space, control characters dropped, blank as none. */
    private static @Nullable String clean(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String cleaned = SPACES.matcher(ControlChars.clean(value)).replaceAll(" ").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }
}
