package org.factdesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MarkupTest {

    @Test
    void text_and_attributes_that_look_like_markup_stay_text() {
        Element block = Markup.block("div", "fd-card");
        Markup.text(block, "span", "<img src=x onerror=alert(1)>", "fd-statement");
        Markup.externalLink(block, "https://example.org/?q=1&r=2", "<b>title</b><script>alert(1)</script>");

        String html = Markup.html(block).getElement().getOuterHTML();

        assertThat(html).doesNotContain("<img").doesNotContain("<script").doesNotContain("<b>");
        assertThat(block.select("span.fd-statement").text()).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(block.select("a").text()).isEqualTo("<b>title</b><script>alert(1)</script>");
        assertThat(block.select("a").attr("href")).isEqualTo("https://example.org/?q=1&r=2");
    }

    @Test
    void a_block_is_one_element_with_its_root_s_tag_and_attributes_and_its_content_as_markup() {
        Element block = Markup.block("section", "fd-card", "fd-wide").attr("id", "card-1").attr("title", "a \"quote\"");
        Markup.text(block, "span", "Mostly false & <more>", "fd-rating");

        com.vaadin.flow.dom.Element element = Markup.html(block).getElement();

        assertThat(element.getTag()).isEqualTo("section");
        assertThat(element.getAttribute("id")).isEqualTo("card-1");
        assertThat(element.getAttribute("title")).isEqualTo("a \"quote\"");
        assertThat(element.getClassList()).containsExactlyInAnyOrder("fd-card", "fd-wide");
        assertThat(element.getChildCount()).isZero();
        assertThat(element.getProperty("innerHTML"))
                .isEqualTo("<span class=\"fd-rating\">Mostly false &amp; &lt;more&gt;</span>");
    }

    @Test
    void an_address_that_is_not_http_or_https_is_shown_as_text_not_as_a_link() {
        Element block = Markup.block("div");
        Markup.externalLink(block, "javascript:alert(1)", "A fact-check");
        Markup.externalLink(block, "https://factcheck.example/1", "Another");

        assertThat(block.select("a")).hasSize(1);
        assertThat(block.select("a").attr("href")).isEqualTo("https://factcheck.example/1");
        assertThat(block.select("span").text()).isEqualTo("A fact-check");
    }
}
