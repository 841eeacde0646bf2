package bench.bare;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Pages of items for the lazy list, one action (touch), and 1,000 items on the first start. */
@Service
public class ItemService {

    private final ItemRepository items;

    ItemService(ItemRepository items) {
        this.items = items;
    }

    @Transactional(readOnly = true)
    public List<Item> page(int offset, int limit) {
        return items.findAll(PageRequest.of(offset / limit, limit, Sort.by("id"))).getContent();
    }

    @Transactional(readOnly = true)
    public int count() {
        return (int) items.count();
    }

    @Transactional
    public int touch(long id) {
        Item item = items.findById(id).orElseThrow();
        item.touch();
        return item.getTouches();
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void seed() {
        if (items.count() > 0) {
            return;
        }
        List<Item> seed = new ArrayList<>();
        for (int i = 1; i <= 1000; i++) {
            seed.add(new Item("Item " + i, Instant.now()));
        }
        items.saveAll(seed);
    }
}
