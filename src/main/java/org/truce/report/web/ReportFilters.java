package org.truce.report.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.truce.agreement.ActorId;
import org.truce.core.DelegationCode;
import org.truce.core.InvalidInputException;
import org.truce.core.InvalidInputException.FieldError;
import org.truce.report.Category;
import org.truce.report.ReportQuery;

/**
 * The register's list filters, read alike by the API and the page. Identifiers are checked for their shape only — a
 * governorate P-code ({@code SY01}), a delegation code ({@code RU}), an actor id (a UUID): a malformed one is refused
 * (422, naming the parameter), a well-formed one that names nothing matches no report, as a filter on a value no report
 * has. A category is a word of the API's own taxonomy ({@code GET /api/v1/categories}): one it does not define is
 * refused. A blank value filters nothing.
 */
final class ReportFilters {

	private static final Pattern ADMIN1 = Pattern.compile("SY\\d{2}");
	private static final Pattern ID = Pattern.compile("\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");

	private ReportFilters() {
	}

	static ReportQuery query(@Nullable Instant from, @Nullable Instant to, @Nullable String admin1, @Nullable String category,
			@Nullable String perpetrator, @Nullable String delegation, int page, int size) {
		var errors = new ArrayList<FieldError>();
		var governorate = blankToNull(admin1);
		if (governorate != null && !ADMIN1.matcher(governorate).matches()) {
			errors.add(new FieldError("admin1", "must be a governorate P-code such as SY01"));
		}
		var categoryCode = blankToNull(category);
		var knownCategory = categoryCode == null ? null : Category.ofCode(categoryCode).orElse(null);
		if (categoryCode != null && knownCategory == null) {
			errors.add(new FieldError("category", "is not a known category (GET /api/v1/categories lists them)"));
		}
		var actor = blankToNull(perpetrator);
		if (actor != null && !ID.matcher(actor).matches()) {
			errors.add(new FieldError("perpetrator", "must be an actor's id, a UUID"));
		}
		var source = blankToNull(delegation);
		if (source != null && !DelegationCode.isValid(source)) {
			errors.add(new FieldError("delegation", "must be a delegation code such as RU"));
		}
		if (from != null && to != null && to.isBefore(from)) {
			errors.add(new FieldError("to", "must not be before from"));
		}
		if (page < 0) {
			errors.add(new FieldError("page", "must be zero or more"));
		}
		if (size < 1 || size > ReportQuery.MAXIMUM_PAGE_SIZE) {
			errors.add(new FieldError("size", "must be between 1 and " + ReportQuery.MAXIMUM_PAGE_SIZE));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return new ReportQuery(from, to, governorate, knownCategory, actor == null ? null : new ActorId(UUID.fromString(actor)),
				source == null ? null : new DelegationCode(source), page, size);
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
