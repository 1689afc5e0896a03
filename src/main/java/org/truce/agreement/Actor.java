package org.truce.agreement;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.truce.core.ConflictException;
import org.truce.core.DelegationCode;
import org.truce.core.InvalidInputException;

/**
 * An armed group or force of the actor registry.
 *
 * @param name the name the mechanism uses
 * @param aliases other names and spellings it is known by, including its former names
 * @param ucdpId its id in the UCDP actor list, when it has one: the key imports and seeds match on
 * @param affiliations to party delegations and backers, oldest first
 * @param designations oldest first, each with its disputes
 */
public record Actor(ActorId id, String name, List<String> aliases, ActorKind kind, @Nullable Integer ucdpId,
		List<Affiliation> affiliations, List<Designation> designations) {

	public Actor {
		aliases = List.copyOf(aliases);
		affiliations = List.copyOf(affiliations);
		designations = List.copyOf(designations);
	}

	/** The designations in force at the instant, disputed ones included (a dispute suspends nothing). */
	public List<Designation> designationsAt(Instant at) {
		return designations.stream().filter(d -> d.isEffectiveAt(at)).toList();
	}

	public Optional<Designation> designation(DesignationId designationId) {
		return designations.stream().filter(d -> d.id().equals(designationId)).findFirst();
	}

	/** Whether the name, compared as searches compare, is this actor's name or one of its aliases. */
	boolean isKnownAs(String someName) {
		var key = SearchKey.of(someName);
		return SearchKey.of(name).equals(key) || aliases.stream().anyMatch(a -> SearchKey.of(a).equals(key));
	}

	/** A further name for the actor; names it already has are refused, so the registry never lists one twice. */
	String alias(String alias) {
		var checked = Texts.required("alias", alias, Texts.NAME_LENGTH);
		if (isKnownAs(checked)) {
			throw new ConflictException(name + " is already known as " + checked);
		}
		return checked;
	}

	Optional<Affiliation> affiliationLike(NewAffiliation affiliation) {
		return affiliations.stream().filter(a -> a.sameAs(affiliation)).findFirst();
	}

	/** Checks an affiliation before it is recorded: never to itself, never twice. */
	void checkAffiliation(NewAffiliation affiliation) {
		if (id.equals(affiliation.backer())) {
			throw new InvalidInputException("backer", "an actor cannot back itself");
		}
		if (affiliationLike(affiliation).isPresent()) {
			throw new ConflictException(name + " already has this affiliation");
		}
	}

	Optional<Designation> designationLike(NewDesignation designation, DelegationCode by) {
		return designations.stream().filter(d -> d.sameAs(designation, by)).findFirst();
	}

	/** The designation a delegation makes; the same designation by the same delegation is recorded once. */
	Designation designate(NewDesignation designation, DelegationCode by, Instant now) {
		if (designationLike(designation, by).isPresent()) {
			throw new ConflictException(by + " has already designated " + name + " " + designation.kind() + " for this period");
		}
		return new Designation(new DesignationId(UUID.randomUUID()), designation.kind(), designation.effective(), by,
				designation.basis(), now, List.of());
	}
}
