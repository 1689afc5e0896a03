/**
 * The correlation engine, plain Java: how alike a report and an incident's reports are (with the reasons why), what to
 * do with a report given its candidate incidents, and the in-memory spatio-temporal index that bulk mode sorts large
 * batches with.
 */
@NullMarked
package org.truce.incident.correlation;

import org.jspecify.annotations.NullMarked;
