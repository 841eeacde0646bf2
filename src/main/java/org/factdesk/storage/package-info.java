/**
 * Where the data lives: the H2 database's folder, kept private to its owner, and the safety net that makes a database
 * migration all or nothing (a copy before, a marker during, the copy put back after a failure or a crash); on
 * PostgreSQL (FACTDESK_DB_URL), the dialect that keeps the migrations' long texts as {@code text}.
 */
@NullMarked
package org.factdesk.storage;

import org.jspecify.annotations.NullMarked;
