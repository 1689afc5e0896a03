package org.truce.agreement;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.truce.core.DelegationCode;
import org.truce.core.Role;
import org.truce.core.Viewer;
import org.truce.ledger.LoggedSubject;
import org.truce.ledger.Recorded;

/**
 * The agreements and their versioned clauses. Every signed-in member reads them; only the secretariat records
 * clauses and amendments ({@link org.truce.core.ForbiddenException} otherwise). Nothing is ever overwritten: an
 * amendment adds a version. The agreement, its members and every clause version are logged in the ledger as they are
 * recorded; commands answer with the ticket of their entry.
 */
public interface Agreements {

	List<Agreement> all();

	Optional<Agreement> find(AgreementId id);

	/** The agreement in force at the instant: of those already in effect, the one that took effect last. */
	Optional<Agreement> inForceAt(Instant at);

	/** Adds a clause with its first text; an existing number is a conflict. */
	Recorded<Clause> addClause(AgreementId agreement, String number, ClauseDraft draft, Viewer.Member by);

	/** Adds the next version of a clause; the draft must give a reason and take effect after the latest version. */
	Recorded<Clause> amendClause(AgreementId agreement, String number, ClauseDraft draft, Viewer.Member by);

	/** The ledger entry of the agreement's establishment, with the content its hash covers and the salt. */
	LoggedSubject establishmentLedgerEntry(AgreementId agreement);

	/** The ledger entry of a member's joining the agreement in a role. */
	LoggedSubject memberLedgerEntry(AgreementId agreement, DelegationCode delegation, Role role);

	/** The ledger entry of a clause's version. */
	LoggedSubject clauseLedgerEntry(AgreementId agreement, String number, int version);

	/**
	 * Seeding: establishes the agreement in the name of a delegation, or finds the one of the same name, and adds the
	 * members it lacks. Every member's delegation must exist. Re-runnable; an agreement of the name established with
	 * other dates or another decision rule is a {@link org.truce.core.ConflictException}: its terms stay as logged.
	 */
	Agreement establish(NewAgreement agreement, DelegationCode by);

	/**
	 * Seeding: adds the text as the clause's first version or as an amendment, unless the clause already has this
	 * text from this instant. Re-runnable.
	 */
	Clause seedClause(AgreementId agreement, String number, ClauseDraft draft, DelegationCode by);
}
