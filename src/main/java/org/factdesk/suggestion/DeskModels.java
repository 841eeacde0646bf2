package org.factdesk.suggestion;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.factdesk.base.DeskEvents;
import org.factdesk.extraction.ClaimExtractor;
import org.factdesk.extraction.DeskTraining;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Trains, stores and switches the desk's own models; the extraction of every new import uses the active one of its
 * language. Used by the administrators' service and by the nightly job, where nobody is signed in.
 */
@Component
class DeskModels {

    private final DeskLabels labels;
    private final DeskModelRepository models;
    private final ClaimExtractor extractor;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    /** Languages whose model was switched, heard by every node, so that each one scores with the model in use. */
    private final DeskEvents.Topic<String> switched;

    DeskModels(DeskLabels labels, DeskModelRepository models, ClaimExtractor extractor, Clock clock,
               ApplicationEventPublisher events, DeskEvents cluster) {
        this.labels = labels;
        this.models = models;
        this.extractor = extractor;
        this.clock = clock;
        this.events = events;
        this.switched = cluster.topic("suggestion_models", List::of, language -> language);
        switched.subscribe(this::reload);
    }

    /** Tells every node, this one included, once the switch is committed. */
    @TransactionalEventListener
    void on(Rescoring.ModelSwitched done) {
        switched.publish(done.language());
    }

    /** Scores {@code language} with the model active in the database now (another node may have switched it). */
    void reload(String language) {
        extractor.useDeskModel(language, models.findByLanguageAndActiveTrue(language).stream().findFirst()
                .map(model -> DeskTraining.read(model.getModel())).orElse(null));
    }

    /** Gives the extraction the active models once the application is up (several nodes: each at its start). */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional(readOnly = true)
    public void load() {
        models.findByActiveTrue().forEach(model ->
                extractor.useDeskModel(model.getLanguage(), DeskTraining.read(model.getModel())));
    }

    /**
     * Trains a model of {@code language} on its labels, stores it, and makes it the active one when it does at least
     * as well as the suggestions on the decisions held back; empty when the language has too few labels.
     */
    @Transactional
    Optional<DeskModelItem> train(String language, String actor) {
        return train(language, labels.of(language), actor);
    }

    /** Trains on {@code ofLanguage}, the language's labels, oldest decision first. */
    private Optional<DeskModelItem> train(String language, List<DeskLabel> ofLanguage, String actor) {
        List<DeskTraining.Decision> decisions = ofLanguage.stream()
                .map(label -> new DeskTraining.Decision(label.statement(), label.checkworthy(), label.suggested()))
                .toList();
        if (decisions.size() < DeskTraining.MIN_LABELS) {
            return Optional.empty();
        }
        DeskTraining.Result result = DeskTraining.train(language, decisions);
        DeskModel model = models.save(new DeskModel(language, clock.instant(), actor, result.model(),
                result.trained(), result.heldBack(), result.before(), result.after()));
        if (result.better()) {
            activate(model);
        }
        return Optional.of(model.toItem());
    }

    /**
     * Trains every language with enough labels (one transaction: {@link #train} is called on this, not a proxy). The
     * labels are read once for all languages: at a million claims a read is 600,000 rows with their quotes (10 s).
     */
    @Transactional
    void trainAll(String actor) {
        Map<String, List<DeskLabel>> byLanguage = labels.all().stream()
                .collect(Collectors.groupingBy(DeskLabel::language, TreeMap::new, Collectors.toList()));
        byLanguage.forEach((language, ofLanguage) -> train(language, ofLanguage, actor));
    }

    @Transactional
    void activate(DeskModel model) {
        models.findByLanguageAndActiveTrue(model.getLanguage()).forEach(other -> other.setActive(false));
        models.flush();
        model.setActive(true);
        extractor.useDeskModel(model.getLanguage(), DeskTraining.read(model.getModel()));
        events.publishEvent(new Rescoring.ModelSwitched(model.getLanguage()));
    }

    /** Back to the shipped scoring of {@code language}: no desk model is active. */
    @Transactional
    void useShipped(String language) {
        models.findByLanguageAndActiveTrue(language).forEach(model -> model.setActive(false));
        extractor.useDeskModel(language, null);
        events.publishEvent(new Rescoring.ModelSwitched(language));
    }

    @Transactional(readOnly = true)
    Optional<DeskModelItem> latest(String language) {
        return models.findFirstByLanguageOrderByCreatedAtDescIdDesc(language).map(DeskModel::toItem);
    }

    @Transactional(readOnly = true)
    Optional<DeskModelItem> active(String language) {
        return models.findByLanguageAndActiveTrue(language).stream().findFirst().map(DeskModel::toItem);
    }
}
