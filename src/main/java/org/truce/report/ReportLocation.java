package org.truce.report;

import org.jspecify.annotations.Nullable;
import org.truce.core.GeoPoint;

/**
 * Where a report places the event: a point with its precision, the place name it was given by (if any), and the
 * administrative areas the point lies in.
 */
public record ReportLocation(GeoPoint point, LocationPrecision precision, @Nullable String placeName,
		@Nullable String placePcode, AdminPlacement admin) {
}
