package org.factdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.factdesk.PostgresTestDatabase;
import org.factdesk.base.DeskEvents;
import org.factdesk.claim.ClaimChanged;
import org.factdesk.claim.ClaimChanges;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two nodes on one PostgreSQL hear each other's events, and their own, through LISTEN/NOTIFY: an event too large for
 * one NOTIFY arrives whole in several. Runs where FACTDESK_TEST_PG_URL names a PostgreSQL (the PostgreSQL pass).
 */
class PostgresEventsTest {

    private PostgresEvents nodeA;
    private PostgresEvents nodeB;

    @BeforeEach
    void two_nodes() {
        assumeTrue(System.getenv("FACTDESK_TEST_PG_URL") != null,
                "No PostgreSQL: FACTDESK_TEST_PG_URL is not set, so LISTEN/NOTIFY is not tried");
        nodeA = new PostgresEvents(PostgresTestDatabase.url(), PostgresTestDatabase.user(),
                PostgresTestDatabase.password());
        nodeB = new PostgresEvents(PostgresTestDatabase.url(), PostgresTestDatabase.user(),
                PostgresTestDatabase.password());
    }

    @AfterEach
    void stop() {
        if (nodeA != null) {
            nodeA.close();
            nodeB.close();
        }
    }

    private static DeskEvents.Topic<String> words(DeskEvents node) {
        return node.topic("test_words", word -> List.of(word), payload -> payload);
    }

    private static void untilListening(PostgresEvents... nodes) throws InterruptedException {
        for (int i = 0; i < 200 && !java.util.Arrays.stream(nodes).allMatch(PostgresEvents::listening); i++) {
            Thread.sleep(25);
        }
    }

    @Test
    void an_event_published_on_one_node_is_heard_on_both() throws InterruptedException {
        DeskEvents.Topic<String> onA = words(nodeA);
        DeskEvents.Topic<String> onB = words(nodeB);
        BlockingQueue<String> heardOnA = new LinkedBlockingQueue<>();
        BlockingQueue<String> heardOnB = new LinkedBlockingQueue<>();
        onA.subscribe(heardOnA::add);
        onB.subscribe(heardOnB::add);
        untilListening(nodeA, nodeB);

        onA.publish("claim-42");

        assertThat(heardOnB.poll(10, TimeUnit.SECONDS)).isEqualTo("claim-42");
        assertThat(heardOnA.poll(10, TimeUnit.SECONDS)).isEqualTo("claim-42");
    }

    @Test
    void a_transaction_that_changed_a_thousand_claims_arrives_whole_in_several_notifications()
            throws InterruptedException {
        ClaimChanges thousand = new ClaimChanges(IntStream.rangeClosed(1, 1_000).mapToObj(id -> new ClaimChanged(id,
                7, "claim.assigned", null, null, "rédactrice en chef", Set.of())).toList());
        DeskEvents.Topic<ClaimChanges> onA = nodeA.topic("test_claims", ClaimChanges::payloads,
                ClaimChanges::fromPayload);
        DeskEvents.Topic<ClaimChanges> onB = nodeB.topic("test_claims", ClaimChanges::payloads,
                ClaimChanges::fromPayload);
        BlockingQueue<ClaimChanges> heard = new LinkedBlockingQueue<>();
        onB.subscribe(heard::add);
        untilListening(nodeA, nodeB);

        onA.publish(thousand);

        assertThat(ClaimChanges.payloads(thousand)).hasSizeGreaterThan(1);
        List<Long> ids = new java.util.ArrayList<>();
        while (ids.size() < 1_000) {
            ClaimChanges part = heard.poll(10, TimeUnit.SECONDS);
            assertThat(part).as("heard %d of 1000 changes", ids.size()).isNotNull();
            part.changes().forEach(change -> {
                assertThat(change.actor()).isEqualTo("rédactrice en chef");
                assertThat(change.articleId()).isEqualTo(7);
                ids.add(change.claimId());
            });
        }
        // Each part is delivered on a thread of its own (Broadcaster), so the parts may come in any order.
        assertThat(ids).containsExactlyInAnyOrderElementsOf(
                IntStream.rangeClosed(1, 1_000).mapToObj(id -> (long) id).toList());
    }
}
