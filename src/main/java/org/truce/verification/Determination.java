package org.truce.verification;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.jspecify.annotations.Nullable;
import org.truce.agreement.ActorId;

/**
 * What the guarantors find an incident to have been (DESIGN §3). Every determination may carry an explanation in the
 * guarantors' words.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({ @JsonSubTypes.Type(value = Determination.ConfirmedViolation.class, name = "CONFIRMED_VIOLATION"),
		@JsonSubTypes.Type(value = Determination.NotAViolation.class, name = "NOT_A_VIOLATION"),
		@JsonSubTypes.Type(value = Determination.Unsubstantiated.class, name = "UNSUBSTANTIATED"),
		@JsonSubTypes.Type(value = Determination.Unverifiable.class, name = "UNVERIFIABLE") })
public sealed interface Determination {

	@Nullable
	String explanation();

	/** A breach of the named clauses (by their numbers in the agreement), attributed to an actor. */
	record ConfirmedViolation(ActorId attributedTo, List<String> clauses, @Nullable String explanation) implements Determination {

		public ConfirmedViolation {
			clauses = List.copyOf(clauses);
		}
	}

	/** The event happened but breached nothing, for the reason given (and the clause that allows it, if any). */
	record NotAViolation(NotAViolationReason reason, @Nullable String clause, @Nullable String explanation)
			implements Determination {
	}

	/** The evidence does not bear the allegation out. */
	record Unsubstantiated(@Nullable String explanation) implements Determination {
	}

	/** The mechanism could not verify the allegation, for the reason given. */
	record Unverifiable(UnverifiableReason reason, @Nullable String explanation) implements Determination {
	}

	enum NotAViolationReason {
		EXCLUDED_TARGET, OUTSIDE_ZONE, LAWFUL_UNDER_CLAUSE
	}

	enum UnverifiableReason {
		ACCESS_DENIED, INSUFFICIENT_EVIDENCE
	}
}
