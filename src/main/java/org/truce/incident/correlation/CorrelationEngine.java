package org.truce.incident.correlation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;

import org.jspecify.annotations.Nullable;
import org.truce.incident.Factor;
import org.truce.report.ReportId;

/**
 * Decides what to do with a report given the incidents it might belong to. A report fits an incident by the sum of its
 * pair weights with the incident's reports — the log-odds that it belongs there rather than alone, each report of the
 * incident adding its evidence, and a single report it cannot share an event with ruling the incident out. The best
 * candidate's fit, mapped onto 0 to 1, meets the thresholds. Pure: the same report and candidates always give the same
 * decision.
 */
public final class CorrelationEngine {

	private final PairScorer scorer;
	private final Thresholds thresholds;
	private final LongAdder comparisons = new LongAdder();

	public CorrelationEngine(PairModel model, Thresholds thresholds) {
		this.scorer = new PairScorer(model);
		this.thresholds = thresholds;
	}

	/** The engine with the calibrated model and the default thresholds. */
	public static CorrelationEngine standard() {
		return new CorrelationEngine(PairModel.calibrated(), Thresholds.DEFAULT);
	}

	public Thresholds thresholds() {
		return thresholds;
	}

	public Decision decide(ReportFeatures report, Collection<Candidate> candidates, TermFrequencies terms) {
		var best = candidates.stream()
			.map(candidate -> score(report, candidate, terms))
			.filter(Objects::nonNull)
			.max(Comparator.comparingDouble(CandidateScore::weight));
		if (best.isEmpty()) {
			return new Decision.Open(null);
		}
		return decision(best.get());
	}

	/** What the thresholds make of the best candidate's score. */
	Decision decision(CandidateScore best) {
		if (best.score() < thresholds.propose()) {
			return new Decision.Open(best);
		}
		return best.score() >= thresholds.link() ? new Decision.Join(best) : new Decision.Propose(best);
	}

	/**
	 * How well the report fits the incident: the sum of its pair weights with the incident's reports, explained by the
	 * factors of the closest report plus what the others add or take. None if the incident has no report but this one.
	 */
	public @Nullable CandidateScore score(ReportFeatures report, Candidate candidate, TermFrequencies terms) {
		var pairs = new ArrayList<PairScore>(candidate.members().size());
		var compared = new ArrayList<ReportId>(candidate.members().size());
		for (var member : candidate.members()) {
			if (!member.id().equals(report.id())) {
				pairs.add(pair(report, member, terms));
				compared.add(member.id());
			}
		}
		if (pairs.isEmpty()) {
			return null;
		}
		var closest = pairs.stream().max(Comparator.comparingDouble(PairScore::weight)).orElseThrow();
		double weight = pairs.stream().mapToDouble(PairScore::weight).sum();
		var explanation = new ArrayList<>(closest.factors());
		if (pairs.size() > 1) {
			explanation.add(new Factor("linkage", PairScorer.round(weight - closest.weight()), "the sum over the incident's "
					+ pairs.size() + " reports; the factors above compare with the closest one"));
		}
		return new CandidateScore(candidate.incident(), weight, scoreOf(weight), explanation, compared);
	}

	/** Two reports compared: the evidence, in log-odds points, that they describe one event. */
	PairScore pair(ReportFeatures a, ReportFeatures b, TermFrequencies terms) {
		comparisons.increment();
		return scorer.score(a, b, terms);
	}

	/** How many pairs of reports this engine has compared: the measure of the pre-filters' work. */
	public long comparisons() {
		return comparisons.sum();
	}

	/** Maps a match weight in log-odds points onto 0 to 1 (logistic): 0.5 where one event and two are as likely. */
	static double scoreOf(double weight) {
		return Math.round(1_000 / (1 + Math.exp(-weight))) / 1_000.0;
	}

	/** The match weight at which the score is the given one: the inverse of {@link #scoreOf}. */
	static double weightOf(double score) {
		return Math.log(score / (1 - score));
	}
}
