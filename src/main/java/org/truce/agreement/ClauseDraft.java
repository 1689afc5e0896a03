package org.truce.agreement;

import org.jspecify.annotations.Nullable;

/** The text of a clause to add, or of an amendment with its reason. */
public record ClauseDraft(String text, EffectivePeriod effective, @Nullable String reason) {

	public ClauseDraft {
		text = Texts.required("text", text, Texts.CLAUSE_LENGTH);
		reason = Texts.optional("reason", reason, Texts.STATEMENT_LENGTH);
	}
}
