package org.truce.agreement;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.truce.core.DelegationCode;
import org.truce.core.Viewer;
import org.truce.ledger.LoggedSubject;
import org.truce.ledger.Recorded;

/**
 * The actor registry. Anyone signed in reads it; the secretariat registers actors, names and affiliations,
 * guarantors and the secretariat designate, and any delegation may dispute a designation. Commands by a member
 * check its role ({@link org.truce.core.ForbiddenException}); an unknown actor or designation is a
 * {@link org.truce.core.NotFoundException}. Every change is logged in the ledger with it; commands answer with the
 * ticket of its entry. An actor is kept in revisions — its registration, then each alias or affiliation added and each
 * seed that brought it up to date — numbered from 1.
 */
public interface Actors {

	Optional<Actor> find(ActorId id);

	/**
	 * Actors whose name or an alias contains the query, compared regardless of case, accents and apostrophes; exact
	 * names first, then names starting with the query. A blank query lists all actors by name.
	 */
	ActorSearchResult search(String query, int limit);

	/** The actor's designations in force at the instant, disputed ones included; for the scope pre-assessment. */
	List<Designation> designationsAt(ActorId actor, Instant at);

	/** Registers a new actor; an actor of the same name or UCDP id is a conflict. Secretariat only. */
	Recorded<Actor> register(NewActor actor, Viewer.Member by);

	/** Secretariat only; a name the actor already has is a conflict. */
	Recorded<Actor> addAlias(ActorId actor, String alias, Viewer.Member by);

	/** Secretariat only; the same affiliation twice is a conflict. */
	Recorded<Actor> addAffiliation(ActorId actor, NewAffiliation affiliation, Viewer.Member by);

	/** Guarantors and the secretariat; the same designation by the same delegation twice is a conflict. */
	Recorded<Designation> designate(ActorId actor, NewDesignation designation, Viewer.Member by);

	/** Any delegation, once per designation, and not of its own designation. */
	Recorded<Designation> dispute(ActorId actor, DesignationId designation, String reason, Viewer.Member by);

	/** The ledger entry of the actor's latest revision — the actor as the registry shows it — with the content it hashes. */
	LoggedSubject currentLedgerEntry(ActorId actor);

	/** The ledger entry of one revision of the actor, from 1. */
	LoggedSubject revisionLedgerEntry(ActorId actor, int revision);

	/** The ledger entry of one of the actor's designations. */
	LoggedSubject designationLedgerEntry(ActorId actor, DesignationId designation);

	/** The ledger entry of a delegation's dispute of one of the actor's designations. */
	LoggedSubject disputeLedgerEntry(ActorId actor, DesignationId designation, DelegationCode disputedBy);

	/**
	 * Seeding: registers the actor, or brings the one with the same UCDP id (else the same name) up to date — its
	 * name (the former name is kept as an alias), kind, and any aliases and affiliations it lacks. Re-runnable: nothing
	 * is duplicated, nothing removed.
	 */
	Actor seed(NewActor actor, DelegationCode registeredBy);

	/** Seeding: records the designation unless the delegation has already made the same one; returns it either way. */
	Designation seedDesignation(ActorId actor, NewDesignation designation, DelegationCode designatedBy);

	/** Seeding: records the dispute unless the delegation has already disputed the designation; returns the designation. */
	Designation seedDispute(ActorId actor, DesignationId designation, String reason, DelegationCode disputedBy);
}
