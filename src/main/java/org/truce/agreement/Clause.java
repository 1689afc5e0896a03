package org.truce.agreement;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.truce.core.DelegationCode;
import org.truce.core.InvalidInputException;

/**
 * A clause of an agreement, known by a stable number ("1", "2.a") and kept as the full series of its texts.
 *
 * @param versions oldest first; never empty
 */
public record Clause(String number, List<ClauseVersion> versions) {

	private static final Pattern NUMBER = Pattern.compile("[0-9A-Za-z]{1,8}(\\.[0-9A-Za-z]{1,8}){0,4}");

	/** Clause order as a reader expects it: 2 before 2.a before 10, segment by segment. */
	static final Comparator<String> NUMBER_ORDER = Clause::compareNumbers;

	public Clause {
		versions = List.copyOf(versions);
		if (versions.isEmpty()) {
			throw new IllegalArgumentException("A clause has at least its first text");
		}
	}

	public ClauseVersion latest() {
		return versions.getLast();
	}

	/**
	 * When the version stops being in force: at its own end, or when the next version takes effect, whichever is
	 * first; {@code null} while nothing ends it.
	 */
	public @Nullable Instant effectiveUntil(ClauseVersion version) {
		var end = version.effective().to();
		int index = versions.indexOf(version);
		if (index >= 0 && index + 1 < versions.size()) {
			var next = versions.get(index + 1).effective().from();
			return end == null || next.isBefore(end) ? next : end;
		}
		return end;
	}

	/** The text in force at the instant; none before the clause took effect, nor after its last text ended. */
	public Optional<ClauseVersion> versionAt(Instant at) {
		return versions.stream()
			.filter(v -> !at.isBefore(v.effective().from()))
			.filter(v -> {
				var until = effectiveUntil(v);
				return until == null || at.isBefore(until);
			})
			.findFirst();
	}

	/** The first text of a new clause. */
	static Clause first(String number, ClauseDraft draft, DelegationCode by, Instant now) {
		if (!NUMBER.matcher(number).matches()) {
			throw new InvalidInputException("number",
					"must be up to five dot-separated segments of letters and digits, such as 2 or 2.a");
		}
		return new Clause(number, List.of(new ClauseVersion(1, draft.text(), draft.effective(), by, draft.reason(), now)));
	}

	/**
	 * The next version. Amendments take effect in order, each after the latest, so that the series reads as the
	 * clause's history; a change to the past is a new version stating why, never an edit.
	 */
	ClauseVersion amend(ClauseDraft draft, DelegationCode by, Instant now) {
		if (draft.reason() == null) {
			throw new InvalidInputException("reason", "is required: an amendment says why");
		}
		var latest = latest();
		if (!draft.effective().from().isAfter(latest.effective().from())) {
			throw new InvalidInputException("effectiveFrom",
					"must be after version " + latest.version() + " took effect (" + latest.effective().from() + ")");
		}
		return new ClauseVersion(latest.version() + 1, draft.text(), draft.effective(), by, draft.reason(), now);
	}

	/** Whether the clause already has this text from this instant: what makes seeding re-runnable. */
	boolean hasVersionLike(ClauseDraft draft) {
		return versions.stream()
			.anyMatch(v -> v.text().equals(draft.text()) && v.effective().from().equals(draft.effective().from()));
	}

	private static int compareNumbers(String left, String right) {
		var a = left.split("\\.");
		var b = right.split("\\.");
		for (int i = 0; i < Math.min(a.length, b.length); i++) {
			int order = compareSegments(a[i], b[i]);
			if (order != 0) {
				return order;
			}
		}
		return Integer.compare(a.length, b.length);
	}

	private static int compareSegments(String a, String b) {
		boolean numericA = a.chars().allMatch(Character::isDigit);
		boolean numericB = b.chars().allMatch(Character::isDigit);
		if (numericA && numericB) {
			return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
		}
		if (numericA != numericB) {
			return numericA ? -1 : 1;
		}
		return a.compareToIgnoreCase(b);
	}
}
