package org.factdesk.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** An event's lines are packed into as few payloads as PostgreSQL's NOTIFY takes, never splitting a line. */
class DeskEventsTest {

    @Test
    void a_few_lines_travel_in_one_payload() {
        assertThat(DeskEvents.payloads(List.of("1 2 claim.status editor", "3 2 claim.status editor")))
                .containsExactly("1 2 claim.status editor\n3 2 claim.status editor");
    }

    @Test
    void many_lines_are_split_under_the_limit_and_none_is_lost_or_cut() {
        List<String> lines = IntStream.range(0, 2_000).mapToObj(i -> i + " 17 claim.assigned r%C3%A9dactrice").toList();

        List<String> payloads = DeskEvents.payloads(lines);

        assertThat(payloads).hasSizeGreaterThan(1).allSatisfy(payload ->
                assertThat(payload.getBytes(StandardCharsets.UTF_8).length).isLessThan(DeskEvents.MAX_PAYLOAD));
        assertThat(payloads.stream().flatMap(payload -> Arrays.stream(payload.split("\n"))).toList())
                .containsExactlyElementsOf(lines);
    }

    @Test
    void nothing_to_say_sends_nothing() {
        assertThat(DeskEvents.payloads(List.of())).isEmpty();
    }
}
