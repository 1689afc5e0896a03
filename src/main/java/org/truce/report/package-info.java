/**
 * The register of reports: allegations and observations of alleged breaches, each from one source, located,
 * categorised, kept with every revision, and read only by those whose role and the report's level allow.
 */
@NullMarked
package org.truce.report;

import org.jspecify.annotations.NullMarked;
