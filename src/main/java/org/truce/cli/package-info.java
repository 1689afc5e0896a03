/**
 * The {@code truce} command line: serving the application, the demo, and administration commands that start
 * the application without its web server against the same database.
 */
@NullMarked
package org.truce.cli;

import org.jspecify.annotations.NullMarked;
