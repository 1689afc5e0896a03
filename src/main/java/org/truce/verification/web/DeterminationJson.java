package org.truce.verification.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.truce.agreement.ActorId;
import org.truce.core.EnumInput;
import org.truce.core.InvalidInputException;
import org.truce.verification.Determination;

/**
 * A determination as the API writes it, flat: {@code {type, attributedToActorId, clauses, reason}}. The reason of a
 * non-violation or of an unverifiable allegation is a code ({@code EXCLUDED_TARGET}, {@code ACCESS_DENIED}…) written in
 * any case, with spaces or hyphens; {@code explanation} carries free text.
 */
record DeterminationJson(@Nullable String type, @Nullable UUID attributedToActorId, @Nullable List<String> clauses,
		@Nullable String reason, @Nullable String explanation) {

	Determination toDetermination() {
		if (type == null) {
			throw new InvalidInputException("determination.type", "is required: CONFIRMED_VIOLATION, NOT_A_VIOLATION, "
					+ "UNSUBSTANTIATED or UNVERIFIABLE");
		}
		return switch (code(type)) {
			case "CONFIRMED_VIOLATION" -> {
				if (attributedToActorId == null) {
					throw new InvalidInputException("determination.attributedToActorId", "is required for a confirmed violation");
				}
				if (clauses == null || clauses.isEmpty()) {
					throw new InvalidInputException("determination.clauses", "name at least one breached clause");
				}
				yield new Determination.ConfirmedViolation(new ActorId(attributedToActorId), clauses);
			}
			case "NOT_A_VIOLATION" -> new Determination.NotAViolation(
					EnumInput.parse("determination.reason", reason, Determination.NotAViolationReason.class),
					clauses == null || clauses.isEmpty() ? null : clauses.getFirst(), explanation);
			case "UNSUBSTANTIATED" -> new Determination.Unsubstantiated(explanation != null ? explanation : reason);
			case "UNVERIFIABLE" -> new Determination.Unverifiable(
					EnumInput.parse("determination.reason", reason, Determination.UnverifiableReason.class), explanation);
			default -> throw new InvalidInputException("determination.type", "must be CONFIRMED_VIOLATION, NOT_A_VIOLATION, "
					+ "UNSUBSTANTIATED or UNVERIFIABLE");
		};
	}

	static DeterminationJson of(Determination determination) {
		return switch (determination) {
			case Determination.ConfirmedViolation(ActorId actor, List<String> clauses) ->
				new DeterminationJson("CONFIRMED_VIOLATION", actor.value(), clauses, null, null);
			case Determination.NotAViolation(Determination.NotAViolationReason reason, String clause, String explanation) ->
				new DeterminationJson("NOT_A_VIOLATION", null, clause == null ? List.of() : List.of(clause), reason.name(),
						explanation);
			case Determination.Unsubstantiated(String explanation) ->
				new DeterminationJson("UNSUBSTANTIATED", null, List.of(), null, explanation);
			case Determination.Unverifiable(Determination.UnverifiableReason reason, String explanation) ->
				new DeterminationJson("UNVERIFIABLE", null, List.of(), reason.name(), explanation);
		};
	}


	private static String code(String text) {
		return text.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
	}
}
