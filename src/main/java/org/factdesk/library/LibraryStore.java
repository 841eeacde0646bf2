package org.factdesk.library;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    private final LibraryGeneration generation;

    LibraryStore(FactCheckRepository repository, Clock clock, LibraryGeneration generation) {
        this.repository = repository;
        this.clock = clock;
        this.generation = generation;
    }

    /**
     * A batch in one transaction: one query finds the batch's known URLs (instead of one per record, each of which
     * flushed the batch so far), then each record adds or updates in file order, a URL met twice updating what its
     * first record added.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public List<Outcome> saveAll(List<FactCheckData> batch) {
        Map<String, FactCheck> known = new HashMap<>();
        Set<String> urls = new HashSet<>();
        batch.forEach(data -> urls.add(data.url()));
        repository.findByUrlIn(urls).forEach(factCheck -> known.put(factCheck.getUrl(), factCheck));
        List<Outcome> outcomes = new ArrayList<>(batch.size());
        for (FactCheckData data : batch) {
            FactCheck existing = known.get(data.url());
            if (existing == null) {
                known.put(data.url(), repository.save(new FactCheck(data, FactCheckOrigin.IMPORT, null,
                        clock.instant())));
                outcomes.add(Outcome.ADDED);
            } else {
                outcomes.add(update(existing, data));
            }
        }
        if (outcomes.contains(Outcome.ADDED) || outcomes.contains(Outcome.UPDATED)) {
            generation.moveOn();
        }
        return outcomes;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Outcome saveOne(FactCheckData data) {
        Outcome outcome = save(data);
        if (outcome == Outcome.ADDED || outcome == Outcome.UPDATED) {
            generation.moveOn();
        }
        return outcome;
    }

    private Outcome save(FactCheckData data) {
        Optional<FactCheck> existing = repository.findByUrl(data.url());
        if (existing.isEmpty()) {
            repository.save(new FactCheck(data, FactCheckOrigin.IMPORT, null, clock.instant()));
            return Outcome.ADDED;
        }
        return update(existing.get(), data);
    }

    private Outcome update(FactCheck existing, FactCheckData data) {
        if (existing.getOrigin() == FactCheckOrigin.DESK) {
            return Outcome.DESK_ENTRY;
        }
        return existing.update(data, clock.instant()) ? Outcome.UPDATED : Outcome.UNCHANGED;
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
        generation.moveOn();
    }

    /** A reopened claim leaves the library until it is approved again. */
    @Transactional
    public void removeDeskClaim(long claimId) {
        List<FactCheck> entries = repository.findByDeskClaimId(claimId);
        if (!entries.isEmpty()) {
            repository.deleteAll(entries);
            generation.moveOn();
        }
    }
}
