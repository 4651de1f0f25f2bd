/**
 * Searching the index: query parsing, filters, facets, highlighted snippets, more-like-this and export (text, JSON Lines, CSV).
 */
package org.reportminer.search;
