/**
 * The guarded web fetcher: fetches a page users named, refusing the server's own network (checked after resolving the
 * name, at every redirect), bounding time, redirects and size, and gives its readable text with the SHA-256 of the
 * bytes received. Plain Java, no Spring: features that keep copies (sources' archives) wrap it.
 */
@NullMarked
package org.factdesk.fetch;

import org.jspecify.annotations.NullMarked;
