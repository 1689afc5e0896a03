package org.truce.verification.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.truce.agreement.ActorId;
import org.truce.core.EnumInput;
import org.truce.core.InvalidInputException;
import org.truce.core.InvalidInputException.FieldError;
import org.truce.verification.Determination;

/**
 * A determination as the API writes it, flat: {@code {type, attributedToActorId, clauses, reason, explanation}}.
 * Clauses are named by their numbers in the agreement ({@code "1"}, {@code "2.a"}). {@code reason} is a code, for the
 * types that have one ({@code EXCLUDED_TARGET}, {@code ACCESS_DENIED}…, written in any case, with spaces or hyphens);
 * {@code explanation} is free text, kept for every type. A type without a reason code takes a free-text {@code reason}
 * as its explanation, and answers it as {@code explanation}. A field the type does not carry is refused, never dropped.
 */
record DeterminationJson(@Nullable String type, @Nullable UUID attributedToActorId, @Nullable List<String> clauses,
		@Nullable String reason, @Nullable String explanation) {

	private static final String TYPES = "CONFIRMED_VIOLATION, NOT_A_VIOLATION, UNSUBSTANTIATED or UNVERIFIABLE";
	private static final List<String> REASON_CODES = Stream
		.concat(Arrays.stream(Determination.NotAViolationReason.values()), Arrays.stream(Determination.UnverifiableReason.values()))
		.map(Enum::name)
		.toList();

	Determination toDetermination() {
		if (type == null) {
			throw new InvalidInputException("determination.type", "is required: " + TYPES);
		}
		var errors = new ArrayList<FieldError>();
		var determination = switch (code(type)) {
			case "CONFIRMED_VIOLATION" -> {
				if (attributedToActorId == null) {
					errors.add(new FieldError("determination.attributedToActorId", "is required for a confirmed violation"));
				}
				if (clauses == null || clauses.isEmpty()) {
					errors.add(new FieldError("determination.clauses", "name at least one breached clause by its number"));
				}
				var text = explanationOrTextualReason("a confirmed violation", errors);
				yield errors.isEmpty() ? new Determination.ConfirmedViolation(new ActorId(attributedToActorId), clauses, text) : null;
			}
			case "NOT_A_VIOLATION" -> {
				refuseAttribution("a non-violation", errors);
				if (clauses != null && clauses.size() > 1) {
					errors.add(new FieldError("determination.clauses", "a non-violation names at most one clause: the one that allows it"));
				}
				var why = reasonCode(Determination.NotAViolationReason.class, errors);
				yield errors.isEmpty() ? new Determination.NotAViolation(why, clauses == null || clauses.isEmpty() ? null
						: clauses.getFirst(), text(explanation)) : null;
			}
			case "UNSUBSTANTIATED" -> {
				refuseAttribution("an unsubstantiated allegation", errors);
				refuseClauses("an unsubstantiated allegation", errors);
				var text = explanationOrTextualReason("an unsubstantiated allegation", errors);
				yield errors.isEmpty() ? new Determination.Unsubstantiated(text) : null;
			}
			case "UNVERIFIABLE" -> {
				refuseAttribution("an unverifiable allegation", errors);
				refuseClauses("an unverifiable allegation", errors);
				var why = reasonCode(Determination.UnverifiableReason.class, errors);
				yield errors.isEmpty() ? new Determination.Unverifiable(why, text(explanation)) : null;
			}
			default -> throw new InvalidInputException("determination.type", "must be " + TYPES);
		};
		if (determination == null) {
			throw new InvalidInputException(errors);
		}
		return determination;
	}

	static DeterminationJson of(Determination determination) {
		return switch (determination) {
			case Determination.ConfirmedViolation(ActorId actor, List<String> clauses, String explanation) ->
				new DeterminationJson("CONFIRMED_VIOLATION", actor.value(), clauses, null, explanation);
			case Determination.NotAViolation(Determination.NotAViolationReason reason, String clause, String explanation) ->
				new DeterminationJson("NOT_A_VIOLATION", null, clause == null ? List.of() : List.of(clause), reason.name(),
						explanation);
			case Determination.Unsubstantiated(String explanation) ->
				new DeterminationJson("UNSUBSTANTIATED", null, List.of(), null, explanation);
			case Determination.Unverifiable(Determination.UnverifiableReason reason, String explanation) ->
				new DeterminationJson("UNVERIFIABLE", null, List.of(), reason.name(), explanation);
		};
	}

	private void refuseAttribution(String what, List<FieldError> errors) {
		if (attributedToActorId != null) {
			errors.add(new FieldError("determination.attributedToActorId", what + " is attributed to nobody; only a confirmed "
					+ "violation is"));
		}
	}

	private void refuseClauses(String what, List<FieldError> errors) {
		if (clauses != null && !clauses.isEmpty()) {
			errors.add(new FieldError("determination.clauses", what + " names no clause"));
		}
	}

	private <E extends Enum<E>> @Nullable E reasonCode(Class<E> codes, List<FieldError> errors) {
		try {
			return EnumInput.parse("determination.reason", reason, codes);
		}
		catch (InvalidInputException e) {
			errors.addAll(e.errors());
			return null;
		}
	}

	/** The explanation of a type without a reason code: {@code explanation}, or else a free-text {@code reason}. */
	private @Nullable String explanationOrTextualReason(String what, List<FieldError> errors) {
		var textualReason = text(reason);
		if (textualReason == null) {
			return text(explanation);
		}
		if (REASON_CODES.contains(code(textualReason))) {
			errors.add(new FieldError("determination.reason", what + " takes no reason code; explain it in explanation"));
		}
		else if (text(explanation) != null) {
			errors.add(new FieldError("determination.reason", "give the text once, as explanation"));
		}
		return textualReason;
	}

	private static @Nullable String text(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static String code(String text) {
		return text.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
	}
}
