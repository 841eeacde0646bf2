package org.factdesk.source;

import org.factdesk.claim.ClaimResearch;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.factdesk.base.AfterCommit;
import org.factdesk.base.RefusedException;
import org.factdesk.security.AppRoles;
import org.factdesk.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;

/**
 * A claim's sources and the copies the server keeps of their pages. Everyone reads them; an editor changes the
 * sources of any claim being researched, a fact-checker those of the claims assigned to them. Every change names the
 * version the researcher saw and goes to the claim's history; a removed source stays there by title and address.
 * Whoever adds, edits or removes a source has a hand in the verdict (a proposer, who may not approve it); archiving a
 * copy of the page is not such a change. A source added with an address is archived in the background at once
 * (setting {@code factdesk.archive.when-added}, true unless turned off).
 */
@Service
@Validated
public class SourceService {

    private static final Logger LOG = LoggerFactory.getLogger(SourceService.class);

    private final SourceRepository sources;
    private final ClaimResearch research;
    private final Archiver archiver;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final TransactionTemplate newTransaction;
    private final BackgroundArchiving background;
    private final SourceFileService files;
    private final boolean archiveWhenAdded;

    SourceService(SourceRepository sources, ClaimResearch research, Archiver archiver, CurrentUser currentUser,
                  Clock clock, PlatformTransactionManager transactions, BackgroundArchiving background,
                  SourceFileService files, @Value("${factdesk.archive.when-added:true}") boolean archiveWhenAdded) {
        this.sources = sources;
        this.research = research;
        this.archiver = archiver;
        this.currentUser = currentUser;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.newTransaction = new TransactionTemplate(transactions);
        newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.background = background;
        this.files = files;
        this.archiveWhenAdded = archiveWhenAdded;
    }

    @PreAuthorize(AppRoles.CAN_READ)
    @Transactional(readOnly = true)
    public List<SourceItem> list(long claimId) {
        List<Source> found = sources.findByClaimIdOrderById(claimId);
        Map<Long, List<SourceFileItem>> attached = found.isEmpty() ? Map.of() : files.itemsOfClaim(claimId);
        return found.stream().map(source -> source.toItem(clock.instant(),
                attached.getOrDefault(source.getId(), List.of()))).toList();
    }

    /** The whole text of a source's archived copy, when there is one. */
    @PreAuthorize(AppRoles.CAN_READ)
    @Transactional(readOnly = true)
    public Optional<String> archivedText(long sourceId) {
        return sources.findById(sourceId).map(Source::getArchiveText);
    }

    @PreAuthorize(AppRoles.CAN_RESEARCH)
    @Transactional
    public long add(long claimId, @Valid SourceData data) {
        return add(claimId, data, List.of());
    }

    /**
     * Adds the source with its attached files, all or nothing (a refused file refuses the source). A source with an
     * address is archived in the background once it is saved, as "Archive now" would (issue 12, item 18).
     */
    @PreAuthorize(AppRoles.CAN_RESEARCH)
    @Transactional
    public long add(long claimId, @Valid SourceData data, List<NewSourceFile> attached) {
        research.requireResearch(claimId);
        Source source = sources.save(new Source(claimId, data, currentUser.require(), clock.instant()));
        long sourceId = Objects.requireNonNull(source.getId());
        research.sourcesChanged(claimId, "source.added", String.valueOf(sourceId), null, summary(source.data()));
        for (NewSourceFile file : attached) {
            SourceFileItem item = files.store(sourceId, file);
            research.sourcesChanged(claimId, "source.file-added", String.valueOf(sourceId), source.getTitle(),
                    item.name() + " (SHA-256 " + item.sha256() + ")");
        }
        if (source.getUrl() != null && archiveWhenAdded) {
            String username = currentUser.require();
            AfterCommit.collect(this, sourceId, ids -> ids.forEach(id -> archiveAdded(id, username)));
        }
        return sourceId;
    }

    @PreAuthorize(AppRoles.CAN_RESEARCH)
    @Transactional
    public void update(long sourceId, long expectedVersion, @Valid SourceData data) {
        Source source = load(sourceId, expectedVersion);
        research.requireResearch(source.getClaimId());
        SourceData before = source.data();
        source.edit(data);
        SourceData after = source.data();
        List<String> changed = SourceChanges.fields(before, after);
        if (!changed.isEmpty()) {
            research.sourcesChanged(source.getClaimId(), "source.updated", String.valueOf(sourceId),
                    SourceChanges.describe(before, changed), SourceChanges.describe(after, changed));
        }
    }

    @PreAuthorize(AppRoles.CAN_RESEARCH)
    @Transactional
    public void remove(long sourceId, long expectedVersion) {
        Source source = load(sourceId, expectedVersion);
        research.requireResearch(source.getClaimId());
        sources.delete(source);
        research.sourcesChanged(source.getClaimId(), "source.removed", String.valueOf(sourceId),
                summary(source.data()), null);
    }

    /**
     * Starts fetching the source's page in the background and answers at once with the source marked as being
     * archived; asking again while a fetch runs starts no second one. When the fetch ends, its result is stored
     * (see {@link Source#archived(Archive)}: a failure never replaces an earlier copy), written to the history in
     * the name of the user who asked, and every open page of the claim hears of it.
     */
    @PreAuthorize(AppRoles.CAN_RESEARCH)
    public SourceItem archive(long sourceId) {
        String username = currentUser.require();
        Started started = Objects.requireNonNull(transaction.execute(status -> {
            Source source = found(sourceId);
            research.requireResearch(source.getClaimId());
            if (source.getUrl() == null) {
                throw new RefusedException(null, "source.error.no-address");
            }
            if (source.isArchiving(clock.instant())) {
                return new Started(item(source), null);
            }
            source.startArchiving(clock.instant());
            research.announce(source.getClaimId(), "source.archiving", String.valueOf(sourceId));
            sources.flush();
            return new Started(item(source), source.getUrl());
        }));
        String url = started.url();
        if (url != null) {
            try {
                background.submit(() -> fetchAndKeep(sourceId, url, username));
            } catch (RejectedExecutionException e) {
                transaction.executeWithoutResult(status -> abandon(found(sourceId)));
                throw new RefusedException(null, "source.error.archive-busy");
            }
        }
        return started.item();
    }

    /**
     * After the commit that added a source, on the committing thread: marks it as being archived (in a transaction of
     * its own, the added one having ended) and starts its fetch; when too many run already, the mark is taken off
     * again: the source was added all the same, and "Archive now" is there.
     */
    private void archiveAdded(long sourceId, String username) {
        try {
            String url = newTransaction.execute(status -> {
                Source source = found(sourceId);
                if (source.getUrl() == null || source.isArchiving(clock.instant())) {
                    return null;
                }
                source.startArchiving(clock.instant());
                research.announce(source.getClaimId(), "source.archiving", String.valueOf(sourceId));
                return source.getUrl();
            });
            if (url != null) {
                background.submit(() -> fetchAndKeep(sourceId, url, username));
            }
        } catch (RejectedExecutionException e) {
            LOG.info("Source {} was added without archiving its page: {}", sourceId, e.toString());
            newTransaction.executeWithoutResult(status -> abandon(found(sourceId)));
        } catch (RuntimeException e) {
            LOG.warn("Source {} was added without archiving its page", sourceId, e);
        }
    }

    /** In the background, without the user's session: the fetch, then its result in a transaction of its own. */
    private void fetchAndKeep(long sourceId, String url, String username) {
        Archive archive = archiver.fetch(url);
        try {
            transaction.executeWithoutResult(status -> keep(sourceId, url, username, archive));
        } catch (RuntimeException e) {
            // The source or its claim was removed meanwhile: there is nothing left to keep the copy for.
            LOG.info("The archive of source {} was not kept: {}", sourceId, e.toString());
        }
    }

    private void keep(long sourceId, String url, String username, Archive archive) {
        Source source = found(sourceId);
        if (!url.equals(source.getUrl())) {
            // The address changed while its old page was being fetched: that page is not this source's evidence.
            abandon(source);
            return;
        }
        source.archived(archive);
        if (archive.status() == ArchiveStatus.ARCHIVED) {
            research.recordFor(username, source.getClaimId(), "source.archived", String.valueOf(sourceId),
                    source.getTitle(), archive.sha256());
        } else {
            research.recordFor(username, source.getClaimId(), "source.archive-failed", archive.error(),
                    source.getTitle(), archive.httpStatus() == null ? null : String.valueOf(archive.httpStatus()));
        }
    }

    /** Ends a fetch without a result, and tells the open pages that showed it under way. */
    private void abandon(Source source) {
        source.archivingAbandoned();
        research.announce(source.getClaimId(), "source.archive-abandoned", String.valueOf(source.getId()));
    }

    /** The source as the archive request left it, and the address to fetch when a fetch is to start. */
    private record Started(SourceItem item, @Nullable String url) {
    }

    private SourceItem item(Source source) {
        long id = Objects.requireNonNull(source.getId());
        return source.toItem(clock.instant(), files.itemsOf(List.of(id)).getOrDefault(id, List.of()));
    }

    private Source load(long sourceId, long expectedVersion) {
        Source source = found(sourceId);
        if (source.getVersion() != expectedVersion) {
            throw new RefusedException(null, "source.error.stale");
        }
        return source;
    }

    private Source found(long sourceId) {
        return sources.findById(sourceId).orElseThrow(() -> new RefusedException(null, "source.error.gone"));
    }

    static String summary(SourceData data) {
        return data.url() == null ? data.title() : data.title() + " — " + data.url();
    }

    /** Which fields an edit changed, and those fields' values, for the history. */
    static final class SourceChanges {

        private static final Map<String, Function<SourceData, @Nullable Object>> FIELDS = new LinkedHashMap<>();

        static {
            FIELDS.put("url", SourceData::url);
            FIELDS.put("title", SourceData::title);
            FIELDS.put("publisher", SourceData::publisher);
            FIELDS.put("kind", SourceData::kind);
            FIELDS.put("excerpt", SourceData::excerpt);
            FIELDS.put("accessedOn", SourceData::accessedOn);
            FIELDS.put("reliability", SourceData::reliability);
            FIELDS.put("note", SourceData::note);
        }

        private SourceChanges() {
        }

        static List<String> fields(SourceData before, SourceData after) {
            return FIELDS.entrySet().stream()
                    .filter(field -> !Objects.equals(field.getValue().apply(before), field.getValue().apply(after)))
                    .map(Map.Entry::getKey).toList();
        }

        static String describe(SourceData data, List<String> fields) {
            return fields.stream().map(field -> field + ": " + Objects.toString(FIELDS.get(field).apply(data), "—"))
                    .collect(Collectors.joining("\n"));
        }
    }
}
