/**
 * What the truce is about and where: the agreement with its versioned clauses, the actor registry with its
 * designations and their disputes, zones, and the administrative geography and gazetteer that locate every point.
 */
@NullMarked
package org.truce.agreement;

import org.jspecify.annotations.NullMarked;
