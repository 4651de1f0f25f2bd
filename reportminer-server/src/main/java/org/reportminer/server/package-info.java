/**
 * The HTTP JSON API and the self-contained search web page, both over the same engine the CLI uses.
 */
package org.reportminer.server;
