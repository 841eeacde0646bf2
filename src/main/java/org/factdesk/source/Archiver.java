package org.factdesk.source;

import java.time.Clock;
import java.util.Objects;
import org.factdesk.fetch.FetchedPage;
import org.factdesk.fetch.PageFetcher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps a copy of a source's page: the guarded {@link PageFetcher} fetches it, this turns what it gave into an
 * {@link Archive}. The setting {@code factdesk.archive.allow-private-addresses} (false unless a local installation
 * says otherwise) lets the fetcher reach the server's own network.
 */
@Component
class Archiver {

    private final PageFetcher fetcher;

    @Autowired
    Archiver(Clock clock, @Value("${factdesk.archive.allow-private-addresses:false}") boolean allowPrivateAddresses) {
        this.fetcher = new PageFetcher(clock, allowPrivateAddresses);
    }

    Archive fetch(String url) {
        FetchedPage page = fetcher.fetch(url);
        if (page.kept()) {
            return Archive.kept(Objects.requireNonNull(page.text()), Objects.requireNonNull(page.sha256()),
                    page.fetchedAt(), Objects.requireNonNull(page.httpStatus()));
        }
        return Archive.failed(Objects.requireNonNull(page.error()), page.fetchedAt(), page.httpStatus());
    }
}
