package org.truce.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * An agreement to establish, with its members; its clauses are added one by one.
 *
 * @param effectiveFrom kept to the microsecond, as the database keeps instants
 */
public record NewAgreement(String name, LocalDate signedOn, Instant effectiveFrom, DecisionRule decisionRule,
		List<AgreementMember> members) {

	public NewAgreement {
		name = Texts.required("name", name, Texts.NAME_LENGTH);
		effectiveFrom = effectiveFrom.truncatedTo(ChronoUnit.MICROS);
		members = List.copyOf(members);
	}
}
