/**
 * Command-line entry points (picocli). Commands are thin: they parse options, call an engine
 * stage and print. Engine code never imports this package.
 */
package org.reportminer.cli;
