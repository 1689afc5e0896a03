package org.truce.incident.correlation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.truce.incident.IncidentId;
import org.truce.report.TimePrecision;

/**
 * Correlates a large batch of reports in memory: in time order, each against the incidents the spatio-temporal index
 * finds near it — those already recorded and those the batch has formed so far — never against every other report.
 */
public final class BulkCorrelator {

	private final CorrelationEngine engine;

	public BulkCorrelator(CorrelationEngine engine) {
		this.engine = engine;
	}

	/**
	 * @param recorded the incidents already recorded that the batch may meet, with their members
	 * @return one placement per report of the batch, in the order they were decided
	 */
	public List<Placement> correlate(Collection<Candidate> recorded, Collection<ReportFeatures> batch) {
		var index = new SpatioTemporalIndex();
		recorded.forEach(incident -> incident.members().forEach(member -> index.add(member, incident.incident())));
		var ordered = batch.stream()
			.sorted(Comparator.comparing(ReportFeatures::from).thenComparing(r -> r.id().value()))
			.toList();
		var widestSlack = ReportFeatures.slack(TimePrecision.MONTH);
		var placements = new ArrayList<Placement>(ordered.size());
		for (var report : ordered) {
			// Later reports start no earlier than this one, so none can reach back further than the widest slack.
			index.evictReachingBefore(report.from().minus(widestSlack));
			var decision = engine.decide(report, index.candidates(report));
			var incident = switch (decision) {
				case Decision.Join join -> join.best().incident();
				case Decision.Propose propose -> IncidentId.random();
				case Decision.Open open -> IncidentId.random();
			};
			index.add(report, incident);
			placements.add(new Placement(report, incident, decision));
		}
		return placements;
	}

	/** Where a report of the batch is counted, and the decision that put it there. */
	public record Placement(ReportFeatures report, IncidentId incident, Decision decision) {
	}
}
