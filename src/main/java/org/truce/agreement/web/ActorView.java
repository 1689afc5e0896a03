package org.truce.agreement.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.truce.agreement.Actor;
import org.truce.agreement.ActorKind;
import org.truce.agreement.Affiliation;
import org.truce.agreement.Designation;
import org.truce.agreement.DesignationKind;
import org.truce.agreement.Dispute;

/** An actor as the API answers it and the pages show it. */
record ActorView(UUID id, String name, List<String> aliases, ActorKind kind, @Nullable Integer ucdpId,
		List<AffiliationView> affiliations, List<DesignationView> designations) {

	static ActorView of(Actor actor) {
		return new ActorView(actor.id().value(), actor.name(), actor.aliases(), actor.kind(), actor.ucdpId(),
				actor.affiliations().stream().map(AffiliationView::of).toList(),
				actor.designations().stream().map(DesignationView::of).toList());
	}

	/** Either {@code party} (a delegation code) or {@code backerId} and {@code backerName} are set. */
	record AffiliationView(@Nullable String party, @Nullable UUID backerId, @Nullable String backerName, Instant effectiveFrom,
			@Nullable Instant effectiveTo) {

		static AffiliationView of(Affiliation affiliation) {
			var backer = affiliation.backer();
			return new AffiliationView(affiliation.party() == null ? null : affiliation.party().value(),
					backer == null ? null : backer.id().value(), backer == null ? null : backer.name(),
					affiliation.effective().from(), affiliation.effective().to());
		}
	}

	record DesignationView(UUID id, DesignationKind kind, Instant effectiveFrom, @Nullable Instant effectiveTo,
			String designatedBy, String basis, Instant recordedAt, boolean disputed, List<DisputeView> disputes) {

		static DesignationView of(Designation designation) {
			return new DesignationView(designation.id().value(), designation.kind(), designation.effective().from(),
					designation.effective().to(), designation.designatedBy().value(), designation.basis(),
					designation.recordedAt(), designation.isDisputed(),
					designation.disputes().stream().map(DisputeView::of).toList());
		}
	}

	record DisputeView(String disputedBy, String reason, Instant disputedAt) {

		static DisputeView of(Dispute dispute) {
			return new DisputeView(dispute.disputedBy().value(), dispute.reason(), dispute.disputedAt());
		}
	}
}
