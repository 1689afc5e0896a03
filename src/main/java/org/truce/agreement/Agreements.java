package org.truce.agreement;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.truce.core.DelegationCode;
import org.truce.core.Viewer;

/**
 * The agreements and their versioned clauses. Every signed-in member reads them; only the secretariat records
 * clauses and amendments ({@link org.truce.core.ForbiddenException} otherwise). Nothing is ever overwritten: an
 * amendment adds a version.
 */
public interface Agreements {

	List<Agreement> all();

	Optional<Agreement> find(AgreementId id);

	/** The agreement in force at the instant: of those already in effect, the one that took effect last. */
	Optional<Agreement> inForceAt(Instant at);

	/** Adds a clause with its first text; an existing number is a conflict. */
	Clause addClause(AgreementId agreement, String number, ClauseDraft draft, Viewer.Member by);

	/** Adds the next version of a clause; the draft must give a reason and take effect after the latest version. */
	Clause amendClause(AgreementId agreement, String number, ClauseDraft draft, Viewer.Member by);

	/**
	 * Seeding: establishes the agreement, or updates the one of the same name (dates, rule) and adds the members it
	 * lacks. Every member's delegation must exist. Re-runnable.
	 */
	Agreement establish(NewAgreement agreement);

	/**
	 * Seeding: adds the text as the clause's first version or as an amendment, unless the clause already has this
	 * text from this instant. Re-runnable.
	 */
	Clause seedClause(AgreementId agreement, String number, ClauseDraft draft, DelegationCode by);
}
