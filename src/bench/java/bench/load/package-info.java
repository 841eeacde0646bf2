/**
 * Load drivers of issue 15 that need nothing but the JDK: run as single source files
 * ({@code java src/bench/java/bench/load/SignIn.java ...}) against FactDesk's jar and the bare baseline.
 */
@NullMarked
package bench.load;

import org.jspecify.annotations.NullMarked;
