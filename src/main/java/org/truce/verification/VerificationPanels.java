package org.truce.verification;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.truce.core.Viewer;
import org.truce.incident.IncidentId;
import org.truce.incident.IncidentPanel;
import org.truce.incident.IncidentPanels;

/** Shows on an incident's page the guarantors' log entries of it and its cases with their votes and rulings. */
@Component
class VerificationPanels implements IncidentPanels {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

	private final GuarantorLog log;
	private final Cases cases;

	VerificationPanels(GuarantorLog log, Cases cases) {
		this.log = log;
		this.cases = cases;
	}

	@Override
	public List<IncidentPanel> panels(IncidentId incident, Viewer viewer) {
		var panels = new ArrayList<IncidentPanel>();
		if (viewer.asMember().map(m -> m.role().readsGuarantorMaterial()).orElse(false)) {
			var entries = log.entries(null, incident.value(), null, null, null, viewer).stream()
				.map(entry -> new IncidentPanel.Line("panel.log.entry", List.of(entry.guarantor().value(),
						DAY.format(entry.registeredAt()), log.status(entry).name(), entry.crossChecks().stream()
							.map(c -> c.guarantor() + " " + c.verdict().name().toLowerCase(Locale.ROOT) + ": " + c.reason())
							.collect(Collectors.joining("; "))), "/guarantor-log"))
				.toList();
			if (!entries.isEmpty()) {
				panels.add(new IncidentPanel("panel.log.title", entries));
			}
		}
		var lines = new ArrayList<IncidentPanel.Line>();
		boolean mechanism = viewer.asMember().map(m -> m.role().readsGuarantorMaterial()).orElse(false);
		for (var kase : cases.ofIncident(incident.value(), viewer)) {
			var link = "/cases/" + kase.id();
			lines.add(new IncidentPanel.Line("panel.case.state", List.of(kase.state().name(), DAY.format(kase.openedAt())), link));
			boolean published = kase.state() == CaseState.PUBLISHED;
			if (mechanism || published) {
				for (var round : kase.rounds()) {
					lines.add(round.outcome() == Round.Outcome.WITHDRAWN
							? new IncidentPanel.Line("panel.case.withdrawn", List.of(Integer.toString(round.number())), link)
							: new IncidentPanel.Line("panel.case.notAdopted", List.of(String.valueOf(round.rule()),
									Integer.toString(round.number())), link));
					lines.addAll(votes(round.votes()));
				}
			}
			var ruling = kase.ruling();
			boolean accused = viewer.asMember().map(m -> kase.accused().contains(m.delegation())).orElse(false);
			if (ruling != null && (mechanism || published || accused)) {
				lines.add(new IncidentPanel.Line("panel.case.adopted", List.of(ruling.rule().name()), link));
				lines.addAll(votes(ruling.votes()));
			}
		}
		if (!lines.isEmpty()) {
			panels.add(new IncidentPanel("panel.case.title", lines));
		}
		return panels;
	}

	private static List<IncidentPanel.Line> votes(List<Vote> votes) {
		return votes.stream()
			.map(vote -> new IncidentPanel.Line("panel.case.vote", List.of(vote.guarantor().value(), vote.choice().name(),
					vote.rationale()), null))
			.toList();
	}
}
