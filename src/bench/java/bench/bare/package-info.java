/**
 * The bare baseline of issue 15: a Vaadin + Spring Data JPA + H2 app with one entity, one lazy list behind a sign-in
 * and one button action, against which FactDesk's session heap, start time and round trips are measured. Built on
 * its own by {@code mvn -B -f src/bench/bare/pom.xml package}; outside {@code org.factdesk}, so FactDesk never scans it.
 */
@NullMarked
package bench.bare;

import org.jspecify.annotations.NullMarked;
