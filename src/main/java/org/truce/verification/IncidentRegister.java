package org.truce.verification;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.truce.core.NotFoundException;
import org.truce.core.Viewer;
import org.truce.incident.IncidentId;
import org.truce.incident.Incidents;
import org.truce.report.ReportDetails;

/** The incident module's incidents as verification needs them, read on behalf of the viewer. */
@Component
class IncidentRegister implements IncidentFacts {

	private final Incidents incidents;

	IncidentRegister(Incidents incidents) {
		this.incidents = incidents;
	}

	/**
	 * Reads outside the caller's transaction: the incident module answers an incident the viewer may not see with a
	 * {@link NotFoundException}, which would otherwise mark the caller's transaction for rollback although it is caught.
	 */
	@Override
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public Optional<Fact> find(UUID incident, Viewer viewer) {
		try {
			var details = incidents.get(new IncidentId(incident), viewer);
			var firstFiled = details.reports().stream().map(ReportDetails::filedAt).min(Comparator.naturalOrder())
				.orElse(details.openedAt());
			var accused = details.reports().stream().map(r -> r.content().allegedPerpetrator()).filter(Objects::nonNull)
				.distinct().toList();
			var admin1 = details.profile().admin1Pcode() == null ? "" : details.profile().admin1Pcode();
			return Optional.of(new Fact(incident, details.profile().from(), firstFiled, admin1, details.profile().lat(),
					details.profile().lon(), accused));
		}
		catch (NotFoundException e) {
			return Optional.empty();
		}
	}

	@Override
	public void hold(UUID incident) {
		incidents.hold(new IncidentId(incident));
	}
}
