package org.truce.agreement.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.truce.agreement.Actor;
import org.truce.agreement.ActorId;
import org.truce.agreement.ActorKind;
import org.truce.agreement.Actors;
import org.truce.agreement.DesignationId;
import org.truce.agreement.DesignationKind;
import org.truce.agreement.EffectivePeriod;
import org.truce.agreement.NewActor;
import org.truce.agreement.NewAffiliation;
import org.truce.agreement.NewDesignation;
import org.truce.agreement.web.ActorView.DesignationView;
import org.truce.core.DelegationCode;
import org.truce.core.InvalidInputException;
import org.truce.core.MalformedInputException;
import org.truce.core.Links;
import org.truce.core.NotFoundException;
import org.truce.identity.CurrentViewer;
import org.truce.ledger.Ledger;
import org.truce.ledger.LoggedSubject;
import org.truce.ledger.Receipted;
import org.truce.ledger.Recorded;

/**
 * The actor registry: searched by every signed-in member; actors, aliases and affiliations registered by the
 * secretariat; designations made by guarantors and the secretariat; disputed by any delegation, once each. Each change
 * answers with the receipt of its ledger entry, and every logged change has its ledger reference, for every member.
 */
@RestController
@RequestMapping("/api/v1/actors")
class ActorController {

	static final int MAX_LIMIT = 200;

	private final Actors actors;
	private final CurrentViewer viewer;
	private final Ledger ledger;

	ActorController(Actors actors, CurrentViewer viewer, Ledger ledger) {
		this.actors = actors;
		this.viewer = viewer;
		this.ledger = ledger;
	}

	/**
	 * @param q part of a name or alias, in any case, with or without accents; all actors if absent
	 * @param limit at most how many, 1 to {@value #MAX_LIMIT} (else 422)
	 */
	@GetMapping
	ActorList search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "50") int limit) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new InvalidInputException("limit", "must be between 1 and " + MAX_LIMIT);
		}
		var result = actors.search(q, limit);
		return new ActorList(result.items().stream().map(ActorView::of).toList(), result.total());
	}

	@GetMapping("/{id}")
	ActorView get(@PathVariable UUID id) {
		return ActorView.of(actor(id));
	}

	@GetMapping("/{id}/designations/{designationId}")
	DesignationView designation(@PathVariable UUID id, @PathVariable UUID designationId) {
		return DesignationView.of(actor(id).designation(new DesignationId(designationId))
			.orElseThrow(() -> new NotFoundException("designation", designationId)));
	}

	/** The ledger entry of the actor's latest revision, the actor as shown here, with the exact content its hash covers. */
	@GetMapping("/{id}/ledger")
	LoggedSubject.Check ledger(@PathVariable UUID id) {
		return actors.currentLedgerEntry(new ActorId(id)).check();
	}

	/** The ledger entry of the actor's {@code revision}th change, from 1 (its registration) to the latest's number. */
	@GetMapping("/{id}/revisions/{revision}/ledger")
	LoggedSubject.Check revisionLedger(@PathVariable UUID id, @PathVariable int revision) {
		return actors.revisionLedgerEntry(new ActorId(id), revision).check();
	}

	@GetMapping("/{id}/designations/{designationId}/ledger")
	LoggedSubject.Check designationLedger(@PathVariable UUID id, @PathVariable UUID designationId) {
		return actors.designationLedgerEntry(new ActorId(id), new DesignationId(designationId)).check();
	}

	/** The ledger entry of the delegation's dispute of the designation. */
	@GetMapping("/{id}/designations/{designationId}/disputes/{delegation}/ledger")
	LoggedSubject.Check disputeLedger(@PathVariable UUID id, @PathVariable UUID designationId, @PathVariable String delegation) {
		if (!DelegationCode.isValid(delegation)) {
			throw new MalformedInputException("delegation", "must be a delegation code such as TR");
		}
		return actors.disputeLedgerEntry(new ActorId(id), new DesignationId(designationId), new DelegationCode(delegation))
			.check();
	}

	@PostMapping
	ResponseEntity<Receipted<ActorView>> register(@Valid @RequestBody NewActorRequest request) {
		var affiliations = new ArrayList<NewAffiliation>();
		for (int i = 0; i < request.affiliations().size(); i++) {
			try {
				affiliations.add(request.affiliations().get(i).toCommand());
			}
			catch (InvalidInputException e) {
				throw e.within("affiliations[" + i + "].");
			}
		}
		var actor = actors.register(new NewActor(request.name(), request.aliases(), request.kind(), request.ucdpId(), affiliations),
				viewer.member());
		return created(actor);
	}

	@PostMapping("/{id}/aliases")
	ResponseEntity<Receipted<ActorView>> addAlias(@PathVariable UUID id, @Valid @RequestBody AliasRequest request) {
		return created(actors.addAlias(new ActorId(id), request.alias(), viewer.member()));
	}

	@PostMapping("/{id}/affiliations")
	ResponseEntity<Receipted<ActorView>> addAffiliation(@PathVariable UUID id, @Valid @RequestBody AffiliationRequest request) {
		return created(actors.addAffiliation(new ActorId(id), request.toCommand(), viewer.member()));
	}

	@PostMapping("/{id}/designations")
	ResponseEntity<Receipted<DesignationView>> designate(@PathVariable UUID id, @Valid @RequestBody DesignationRequest request) {
		var designation = actors.designate(new ActorId(id), new NewDesignation(request.kind(),
				new EffectivePeriod(request.effectiveFrom(), request.effectiveTo()), request.basis()), viewer.member());
		return ResponseEntity.created(Links.to("/api/v1/actors/{id}/designations/{designation}", id, designation.value().id()))
			.body(Receipted.of(designation.map(DesignationView::of), ledger));
	}

	@PostMapping("/{id}/designations/{designationId}/disputes")
	ResponseEntity<Receipted<DesignationView>> dispute(@PathVariable UUID id, @PathVariable UUID designationId,
			@Valid @RequestBody DisputeRequest request) {
		var designation = actors.dispute(new ActorId(id), new DesignationId(designationId), request.reason(), viewer.member());
		return ResponseEntity.created(Links.to("/api/v1/actors/{id}/designations/{designation}", id, designationId))
			.body(Receipted.of(designation.map(DesignationView::of), ledger));
	}

	private Actor actor(UUID id) {
		return actors.find(new ActorId(id)).orElseThrow(() -> new NotFoundException("actor", id));
	}

	/** The actor as changed, at its address, with the receipt of the change's entry. */
	private ResponseEntity<Receipted<ActorView>> created(Recorded<Actor> actor) {
		return ResponseEntity.created(Links.to("/api/v1/actors/{id}", actor.value().id()))
			.body(Receipted.of(actor.map(ActorView::of), ledger));
	}

	/** @param ucdpId the actor's id in the UCDP actor list, if it has one */
	record NewActorRequest(@NotNull String name, @Nullable List<String> aliases, @NotNull ActorKind kind,
			@Nullable Integer ucdpId, @Nullable List<@Valid AffiliationRequest> affiliations) {

		NewActorRequest {
			aliases = aliases == null ? List.of() : aliases;
			affiliations = affiliations == null ? List.of() : affiliations;
		}
	}

	/** @param party a party delegation's code, or else {@code backer}: the id of a backing actor */
	record AffiliationRequest(@Nullable String party, @Nullable UUID backer, @NotNull Instant effectiveFrom,
			@Nullable Instant effectiveTo) {

		NewAffiliation toCommand() {
			if (party != null && !DelegationCode.isValid(party)) {
				throw new InvalidInputException("party", "is not a delegation code");
			}
			return new NewAffiliation(party == null ? null : new DelegationCode(party), backer == null ? null : new ActorId(backer),
					new EffectivePeriod(effectiveFrom, effectiveTo));
		}
	}

	record AliasRequest(@NotNull String alias) {
	}

	/** @param basis the decision, resolution or evidence the designation rests on */
	record DesignationRequest(@NotNull DesignationKind kind, @NotNull Instant effectiveFrom, @Nullable Instant effectiveTo,
			@NotNull String basis) {
	}

	record DisputeRequest(@NotNull String reason) {
	}

	record ActorList(List<ActorView> items, int total) {
	}
}
