/**
 * Sources: the evidence a claim's research cites (a page, a document, an interview), and the copies the server keeps
 * of their pages. Built on the claim: its changes go through the claim's {@code ClaimResearch} command API.
 */
@NullMarked
package org.factdesk.source;

import org.jspecify.annotations.NullMarked;
