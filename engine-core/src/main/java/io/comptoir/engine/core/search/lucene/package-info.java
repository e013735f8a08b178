/**
 * The default search index: Apache Lucene in process, French analysis, facets counted from per-segment columns.
 * {@link io.comptoir.engine.core.search.lucene.LuceneSearchIndex} is the entry point; everything else is its
 * machinery.
 */
package io.comptoir.engine.core.search.lucene;
