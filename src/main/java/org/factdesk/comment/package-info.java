/**
 * Comments: a claim's discussion thread and the colleagues it mentions. Built on the claim: a comment makes its
 * author a watcher and enters the history through the claim's {@code ClaimResearch} command API.
 */
@NullMarked
package org.factdesk.comment;

import org.jspecify.annotations.NullMarked;
