package org.factdesk.report.feed;

/** A token just created: {@code secret} is its text, shown this once and stored nowhere. */
public record NewApiToken(long id, String name, String secret) {

    @Override
    public String toString() {
        return "NewApiToken[id=" + id + ", name=" + name + ", secret=…]";
    }
}
