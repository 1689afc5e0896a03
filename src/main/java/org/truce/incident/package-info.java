/**
 * Incidents: the real-world events that reports describe, the correlation engine that links each report to one, the
 * analysts' confirmations, rejections, merges and splits, and the advisory assessment of whether an incident falls
 * outside the truce.
 */
@NullMarked
package org.truce.incident;

import org.jspecify.annotations.NullMarked;
