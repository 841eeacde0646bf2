package bench.bare;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.jspecify.annotations.Nullable;

/** The one entity: a row of the list. */
@Entity
public class Item {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private String name = "";
    private int touches;
    private Instant created = Instant.EPOCH;

    protected Item() {
    }

    Item(String name, Instant created) {
        this.name = name;
        this.created = created;
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public int getTouches() {
        return touches;
    }

    public Instant getCreated() {
        return created;
    }

    void touch() {
        touches++;
    }
}
