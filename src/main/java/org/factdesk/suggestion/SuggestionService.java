package org.factdesk.suggestion;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import org.factdesk.base.RefusedException;
import org.factdesk.extraction.DeskTraining;
import org.factdesk.security.AppRoles;
import org.factdesk.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How well the check-worthiness suggestions agree with the desk's decisions, per language (administrators). */
@Service
@PreAuthorize(AppRoles.IS_ADMIN)
public class SuggestionService {

    /** The figures are over this many of the most recent decisions of a language. */
    public static final int RECENT = 500;

    /** The chart over time shows the agreement over blocks of this many consecutive decisions. */
    public static final int BLOCK = 50;

    /** At most this many blocks, the most recent ones. */
    public static final int MAX_POINTS = 12;

    private final DeskLabels labels;
    private final DeskModels models;
    private final CurrentUser user;

    SuggestionService(DeskLabels labels, DeskModels models, CurrentUser user) {
        this.labels = labels;
        this.models = models;
        this.user = user;
    }

    /**
     * Trains the desk's own model of {@code language} now; it becomes the active one when it does at least as well
     * as the suggestions on the most recent decisions held back. Refused below {@link DeskTraining#MIN_LABELS}.
     */
    public DeskModelItem train(String language) {
        return models.train(language, user.require()).orElseThrow(() -> new RefusedException(null,
                "suggestion.error.too-few", DeskTraining.MIN_LABELS));
    }

    /** Back to the shipped suggestions for {@code language}. */
    public void useShipped(String language) {
        models.useShipped(language);
    }

    /** The most recently trained desk model of the language, active or not. */
    public Optional<DeskModelItem> latestModel(String language) {
        return models.latest(language);
    }

    public Optional<DeskModelItem> activeModel(String language) {
        return models.active(language);
    }

    /** The figures of every language the desk has labels in, in the order of their codes. */
    @Transactional(readOnly = true)
    public List<LanguageAgreement> agreement() {
        Map<String, List<DeskLabel>> byLanguage = new TreeMap<>();
        for (DeskLabel label : labels.all()) {
            byLanguage.computeIfAbsent(label.language(), language -> new ArrayList<>()).add(label);
        }
        List<LanguageAgreement> result = new ArrayList<>();
        byLanguage.forEach((language, list) -> result.add(new LanguageAgreement(language, list.size(),
                Agreement.of(list.subList(Math.max(0, list.size() - RECENT), list.size())), history(list))));
        return result;
    }

    /** Blocks of {@link #BLOCK} decisions counted back from the latest one; the oldest may be shorter. */
    private static List<AgreementPoint> history(List<DeskLabel> list) {
        List<AgreementPoint> points = new ArrayList<>();
        for (int end = list.size(); end > 0 && points.size() < MAX_POINTS; end -= BLOCK) {
            List<DeskLabel> block = list.subList(Math.max(0, end - BLOCK), end);
            points.addFirst(new AgreementPoint(block.getLast().decidedAt(), Agreement.of(block)));
        }
        return points;
    }
}
