package org.factdesk.library;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes fact-checks, keyed by their URL: a new URL adds one, a known URL updates it (the desk's own entries are not
 * overwritten by an import). Each call is its own transaction, so one batch that fails leaves the others saved;
 * Hibernate Search indexes what each commits.
 */
@Component
class LibraryStore {

    enum Outcome { ADDED, UPDATED, UNCHANGED, DESK_ENTRY }

    private final FactCheckRepository repository;
    private final Clock clock;

    LibraryStore(FactCheckRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public List<Outcome> saveAll(List<FactCheckData> batch) {
        return batch.stream().map(this::save).toList();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Outcome saveOne(FactCheckData data) {
        return save(data);
    }

    private Outcome save(FactCheckData data) {
        Optional<FactCheck> existing = repository.findByUrl(data.url());
        if (existing.isEmpty()) {
            repository.save(new FactCheck(data, FactCheckOrigin.IMPORT, null, clock.instant()));
            return Outcome.ADDED;
        }
        if (existing.get().getOrigin() == FactCheckOrigin.DESK) {
            return Outcome.DESK_ENTRY;
        }
        return existing.get().update(data, clock.instant()) ? Outcome.UPDATED : Outcome.UNCHANGED;
    }

    /** The desk's own approved claim enters (or is updated in) the library. */
    @Transactional
    public void saveDeskClaim(long claimId, FactCheckData data) {
        List<FactCheck> entries = repository.findByDeskClaimId(claimId);
        if (entries.isEmpty()) {
            repository.findByUrl(data.url()).ifPresent(repository::delete);
            repository.flush();
            repository.save(new FactCheck(data, FactCheckOrigin.DESK, claimId, clock.instant()));
        } else {
            entries.getFirst().update(data, clock.instant());
        }
    }

    /** A reopened claim leaves the library until it is approved again. */
    @Transactional
    public void removeDeskClaim(long claimId) {
        repository.deleteAll(repository.findByDeskClaimId(claimId));
    }
}
