package org.truce.incident;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Filters for listing incidents: those with a report the viewer may see whose period overlaps the range and, if asked,
 * that lies in the governorate. Absent filters do not restrict.
 *
 * @param page zero-based page number
 */
public record IncidentQuery(@Nullable Instant from, @Nullable Instant to, @Nullable String admin1, int page, int size) {

	public static final int MAXIMUM_PAGE_SIZE = 200;

	public IncidentQuery {
		if (page < 0) {
			throw new IllegalArgumentException("page must be zero or more");
		}
		if (size < 1 || size > MAXIMUM_PAGE_SIZE) {
			throw new IllegalArgumentException("size must be between 1 and " + MAXIMUM_PAGE_SIZE);
		}
	}
}
