package org.factdesk.report.desk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.regex.Pattern;
import org.factdesk.base.ControlChars;
import org.factdesk.report.ReportedClaim;
import org.jspecify.annotations.Nullable;

/** The markup of the desk report's HTML page, piece by piece as the writer streams it. */
final class DeskHtml {

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final String STYLE = """
            body{font-family:"DejaVu Sans",Arial,Helvetica,sans-serif;color:#1f2328;margin:2rem auto;max-width:70rem;\
            padding:0 1rem;font-size:10.5pt;line-height:1.4}
            h1{font-size:18pt;margin:0 0 .3rem}h2{font-size:13pt;margin:1.6rem 0 .5rem}
            header p{margin:.15rem 0;color:#57606a}
            table{border-collapse:collapse;width:100%}th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;\
            border-bottom:1px solid #d0d7de}
            thead{display:table-header-group}th{font-size:9pt;color:#57606a;border-bottom:2px solid #57606a}
            tr{break-inside:avoid}.n{text-align:right;white-space:nowrap}.small{font-size:9pt;color:#57606a}
            .verdict{display:inline-block;padding:0 .4rem;border-left:.35rem solid #868e96;font-weight:bold}
            .corrected{display:inline-block;margin-top:.2rem;font-size:8.5pt;font-weight:bold;color:#9a3412}
            .swatch{display:inline-block;width:.8rem;height:.8rem;margin-right:.4rem;vertical-align:-.1rem}
            .totals{width:auto;min-width:22rem;margin-bottom:1rem}.empty{color:#57606a;font-style:italic}
            footer{margin-top:2rem;font-size:9pt;color:#57606a}
            @media print{body{margin:0;max-width:none}a{color:inherit;text-decoration:none}}
            """;

    private final Writer out;
    private final DeskReportText text;

    DeskHtml(Writer out, DeskReportText text) {
        this.out = out;
        this.text = text;
    }

    void start(String language) {
        write("<!DOCTYPE html>\n<html lang=\"" + escape(language) + "\"><head><meta charset=\"utf-8\"><title>"
                + escape(text.title()) + "</title><style>" + STYLE + "</style></head><body>\n<header><h1>"
                + escape(text.title()) + "</h1><p>" + escape(text.range()) + "</p><p>" + escape(text.filters())
                + "</p><p>" + escape(text.exported()) + "</p></header>\n<h2>" + escape(text.text("report.desk.claims"))
                + "</h2>\n<table class=\"claims\"><thead><tr><th class=\"n\">#</th><th>"
                + escape(text.text("report.desk.column.claim")) + "</th><th>"
                + escape(text.text("report.desk.column.verdict")) + "</th><th>"
                + escape(text.text("report.desk.column.checked")) + "</th></tr></thead><tbody>\n");
    }

    void claim(DeskRow row) {
        ReportedClaim claim = row.claim();
        String corrected = claim.corrected()
                ? "<br><span class=\"corrected\">" + escape(text.text("report.desk.corrected")) + "</span>" : "";
        write("<tr><td class=\"n\">" + row.number() + "</td><td>" + escape(claim.statement())
                + "<div class=\"small\">" + article(row) + "</div></td><td><span class=\"verdict\" style=\""
                + "border-left-color:" + colour(text.colour(claim)) + "\">" + escape(text.verdict(claim)) + "</span>"
                + corrected + "</td><td class=\"small\">" + escape(text.byline(row)) + "</td></tr>\n");
    }

    void end(long count, String verdictTotals, String checkerTotals) {
        String empty = count == 0 ? "<tr><td colspan=\"4\" class=\"empty\">" + escape(text.text("report.desk.empty"))
                + "</td></tr>" : "";
        write(empty + "</tbody></table>\n<h2>" + escape(text.text("report.desk.totals")) + "</h2>\n" + verdictTotals
                + checkerTotals + "\n<footer>" + escape(text.text("report.desk.count", count)) + "</footer>\n"
                + "</body></html>\n");
    }

    /** The article's title, a link only to a web address (never a script URL), and its outlet. */
    private String article(DeskRow row) {
        String title = escape(text.article(row));
        String url = row.article().url();
        boolean web = url != null && (url.startsWith("https://") || url.startsWith("http://"));
        return web ? "<a href=\"" + escape(url) + "\">" + title + "</a>" : title;
    }

    static String colour(@Nullable String colour) {
        return colour != null && COLOUR.matcher(colour).matches() ? colour : "#868e96";
    }

    static String escape(@Nullable String value) {
        if (value == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (!ControlChars.isControl(c)) {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    private void write(String markup) {
        try {
            out.write(markup);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
