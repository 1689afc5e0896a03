/**
 * The agreement module's HTTP endpoints and pages: agreements and clauses, the actor registry, zones as GeoJSON, admin
 * areas and the gazetteer under {@code /api/v1}, the boundary maps under {@code /geo}, and the actor and agreement
 * pages. They speak in request and view records, never in domain types.
 */
@NullMarked
package org.truce.agreement.web;

import org.jspecify.annotations.NullMarked;
