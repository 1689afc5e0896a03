/**
 * The correlation engine, plain Java: how alike two reports are, in calibrated log-odds with the reasons why, what to do
 * with a report given its candidate incidents, and how bulk mode groups a large batch as a whole through an in-memory
 * spatio-temporal index.
 */
@NullMarked
package org.truce.incident.correlation;

import org.jspecify.annotations.NullMarked;
