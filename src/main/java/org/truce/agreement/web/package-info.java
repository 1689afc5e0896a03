/**
 * The agreement module's REST endpoints (agreements and clauses, the actor registry, zones as GeoJSON) and its pages
 * (actors, the agreement and its clause histories). Both speak in request and view records, never in domain types.
 */
@NullMarked
package org.truce.agreement.web;

import org.jspecify.annotations.NullMarked;
