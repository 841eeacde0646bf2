package org.factdesk.suggestion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One model the desk trained on its decisions, with its comparison on the decisions held back. */
@Entity
@Table(name = "desk_model")
class DeskModel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false)
    private String language;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Lob
    @Column(nullable = false)
    private String model;

    @Column(nullable = false)
    private int trained;

    @Column(name = "held_back", nullable = false)
    private int heldBack;

    @Column(name = "f1_before", nullable = false)
    private double f1Before;

    @Column(name = "f1_after", nullable = false)
    private double f1After;

    @Column(nullable = false)
    private boolean active;

    @SuppressWarnings("NullAway.Init")
    protected DeskModel() {
    }

    DeskModel(String language, Instant createdAt, String createdBy, String model, int trained, int heldBack,
              double f1Before, double f1After) {
        this.language = language;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.model = model;
        this.trained = trained;
        this.heldBack = heldBack;
        this.f1Before = f1Before;
        this.f1After = f1After;
    }

    long getId() {
        return Objects.requireNonNull(id);
    }

    String getLanguage() {
        return language;
    }

    String getModel() {
        return model;
    }

    boolean isActive() {
        return active;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    DeskModelItem toItem() {
        return new DeskModelItem(getId(), language, createdAt, createdBy, trained, heldBack, f1Before, f1After,
                active);
    }
}
