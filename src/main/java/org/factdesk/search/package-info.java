/**
 * The full-text engine shared by the fact-check library and search: Hibernate Search with its embedded Lucene backend
 * (the index in the data folder) or, for several app nodes, Elasticsearch/OpenSearch; the English and French
 * analyzers; the index's version and its rebuild in the background.
 */
@NullMarked
package org.factdesk.search;

import org.jspecify.annotations.NullMarked;
