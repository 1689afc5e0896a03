package org.truce.report;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.truce.agreement.ActorId;
import org.truce.core.DelegationCode;

/**
 * Filters for listing reports; absent filters do not restrict. The time range matches reports whose period overlaps it.
 *
 * @param admin1 a governorate P-code such as {@code SY01}
 * @param page zero-based page number
 */
public record ReportQuery(@Nullable Instant from, @Nullable Instant to, @Nullable String admin1, @Nullable Category category,
		@Nullable ActorId perpetrator, @Nullable DelegationCode delegation, int page, int size) {

	public static final int MAXIMUM_PAGE_SIZE = 200;

	public ReportQuery {
		if (page < 0) {
			throw new IllegalArgumentException("page must be zero or more");
		}
		if (size < 1 || size > MAXIMUM_PAGE_SIZE) {
			throw new IllegalArgumentException("size must be between 1 and " + MAXIMUM_PAGE_SIZE);
		}
	}

	public static ReportQuery all(int page, int size) {
		return new ReportQuery(null, null, null, null, null, null, page, size);
	}
}
