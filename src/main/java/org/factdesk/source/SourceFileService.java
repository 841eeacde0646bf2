package org.factdesk.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.factdesk.base.RefusedException;
import org.factdesk.claim.ClaimResearch;
import org.factdesk.security.AppRoles;
import org.factdesk.security.CurrentUser;
import org.springframework.core.io.InputStreamSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files attached to sources (decision 021): a PDF, a screenshot, an e-mail export or a text, at most {@link #MAX_SIZE}
 * bytes, its type told by its content. They are kept in the database with their name, type, size and SHA-256, and
 * streamed in and out. Attaching or removing one changes the claim's evidence like editing its source: through
 * {@link ClaimResearch}, refused on an approved claim until it is reopened, and written to the claim's history.
 */
@Service
public class SourceFileService {

    public static final long MAX_SIZE = 20L * 1024 * 1024;
    static final int NAME_MAX = 255;

    private final SourceFileRepository files;
    private final SourceRepository sources;
    private final FileContent content;
    private final ClaimResearch research;
    private final CurrentUser currentUser;
    private final Clock clock;

    SourceFileService(SourceFileRepository files, SourceRepository sources, FileContent content,
                      ClaimResearch research, CurrentUser currentUser, Clock clock) {
        this.files = files;
        this.sources = sources;
        this.content = content;
        this.research = research;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The type of an uploaded file, told by its content, so that a form refuses it at once; refused when it is not
     * one of the allowed types. Nothing is stored.
     */
    @PreAuthorize(AppRoles.CAN_RESEARCH)
    public String check(InputStreamSource upload) {
        try (InputStream in = new BufferedInputStream(upload.getInputStream())) {
            return FileTypes.detect(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Attaches the file to the source; refused as a change of the source is, or when its type or size is not allowed. */
    @PreAuthorize(AppRoles.CAN_RESEARCH)
    @Transactional
    public SourceFileItem attach(long sourceId, NewSourceFile file) {
        Source source = sources.findById(sourceId)
                .orElseThrow(() -> new RefusedException(null, "source.error.gone"));
        research.requireResearch(source.getClaimId());
        SourceFileItem item = store(sourceId, file);
        research.sourcesChanged(source.getClaimId(), "source.file-added", String.valueOf(sourceId),
                source.getTitle(), item.name() + " (SHA-256 " + item.sha256() + ")");
        return item;
    }

    /** Removes the file; the claim's history keeps its name and fingerprint. */
    @PreAuthorize(AppRoles.CAN_RESEARCH)
    @Transactional
    public void remove(long fileId) {
        SourceFile file = files.findById(fileId)
                .orElseThrow(() -> new RefusedException(null, "source.file.error.gone"));
        Source source = sources.findById(file.getSourceId())
                .orElseThrow(() -> new RefusedException(null, "source.error.gone"));
        research.requireResearch(source.getClaimId());
        SourceFileItem item = file.toItem();
        files.delete(file);
        research.sourcesChanged(source.getClaimId(), "source.file-removed", String.valueOf(source.getId()),
                source.getTitle() + ": " + item.name() + " (SHA-256 " + item.sha256() + ")", null);
    }

    /** The file to serve: its content is read part by part as the returned stream is read (close it). */
    @PreAuthorize(AppRoles.CAN_READ)
    @Transactional(readOnly = true)
    public Optional<FileDownload> download(long fileId) {
        return files.findById(fileId).map(SourceFile::toItem).map(item -> new FileDownload(item.name(),
                item.contentType(), item.size(), content.read(item.id())));
    }

    /** Checks and writes one file of a source whose change the caller has already allowed and records. */
    SourceFileItem store(long sourceId, NewSourceFile file) {
        try (InputStream in = new BufferedInputStream(file.content().getInputStream(), 64 * 1024)) {
            String type = FileTypes.detect(in);
            SourceFile stored = files.saveAndFlush(new SourceFile(sourceId, safeName(file.name()), type,
                    currentUser.require(), clock.instant()));
            FileContent.Written written = content.write(stored.getId(), in, MAX_SIZE);
            stored.written(written.size(), written.sha256());
            return files.saveAndFlush(stored).toItem();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files of these sources, by source, in the order they were attached. */
    Map<Long, List<SourceFileItem>> itemsOf(Collection<Long> sourceIds) {
        if (sourceIds.isEmpty()) {
            return Map.of();
        }
        return files.findBySourceIdInOrderById(sourceIds).stream().map(SourceFile::toItem)
                .collect(Collectors.groupingBy(SourceFileItem::sourceId));
    }

    /** The files of a claim's sources, by source, in the order they were attached. */
    Map<Long, List<SourceFileItem>> itemsOfClaim(long claimId) {
        return files.findOfClaim(claimId).stream().map(SourceFile::toItem)
                .collect(Collectors.groupingBy(SourceFileItem::sourceId));
    }

    /**
     * The name as a user's file system gave it, reduced to what a list and a download may show: no folders, no
     * control characters, at most {@link #NAME_MAX} characters (the extension kept).
     */
    static String safeName(String uploaded) {
        String name = uploaded.substring(Math.max(uploaded.lastIndexOf('/'), uploaded.lastIndexOf('\\')) + 1);
        name = name.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "file";
        }
        if (name.length() > NAME_MAX) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, NAME_MAX - extension.length()) + extension;
        }
        return name;
    }
}
