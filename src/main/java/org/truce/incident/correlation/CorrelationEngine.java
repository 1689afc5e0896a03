package org.truce.incident.correlation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;

import org.jspecify.annotations.Nullable;
import org.truce.incident.Factor;

/**
 * Decides what to do with a report given the incidents it might belong to: scores it against each candidate, weighs the
 * best against the others, and applies the thresholds. Pure: the same report and candidates always give the same
 * decision.
 */
public final class CorrelationEngine {

	/** The match weight at which a report and an incident, with no other candidate, are scored 0.5: one event or two. */
	static final double EVEN_WEIGHT = 3.0;

	private final PairScorer scorer = new PairScorer();
	private final Thresholds thresholds;
	private final LongAdder comparisons = new LongAdder();

	public CorrelationEngine(Thresholds thresholds) {
		this.thresholds = thresholds;
	}

	public Thresholds thresholds() {
		return thresholds;
	}

	public Decision decide(ReportFeatures report, Collection<Candidate> candidates) {
		var scored = candidates.stream()
			.map(candidate -> score(report, candidate))
			.filter(Objects::nonNull)
			.sorted(Comparator.comparingDouble(CandidateScore::weight).reversed())
			.toList();
		if (scored.isEmpty()) {
			return new Decision.Open(null);
		}
		var best = againstAlternatives(scored.getFirst(), scored.subList(1, scored.size()));
		if (best.score() < thresholds.propose()) {
			return new Decision.Open(best);
		}
		return best.score() >= thresholds.link() ? new Decision.Join(best) : new Decision.Propose(best);
	}

	/**
	 * How well the report fits the incident: the mean match weight over the incident's reports, so that one close report
	 * does not pull in a report the others contradict; explained by the factors of the closest report plus what the
	 * others add or take. None if the incident has no report but this one.
	 */
	public @Nullable CandidateScore score(ReportFeatures report, Candidate candidate) {
		var pairs = new ArrayList<PairScore>(candidate.members().size());
		for (var member : candidate.members()) {
			if (!member.id().equals(report.id())) {
				comparisons.increment();
				pairs.add(scorer.score(report, member));
			}
		}
		if (pairs.isEmpty()) {
			return null;
		}
		var closest = pairs.stream().max(Comparator.comparingDouble(PairScore::weight)).orElseThrow();
		double weight = pairs.stream().mapToDouble(PairScore::weight).average().orElseThrow();
		var explanation = new ArrayList<>(closest.factors());
		if (pairs.size() > 1) {
			explanation.add(new Factor("linkage", PairScorer.round(weight - closest.weight()), "the mean over the incident's "
					+ pairs.size() + " reports; the factors above compare with the closest one"));
		}
		return new CandidateScore(candidate.incident(), weight, scoreOf(weight), explanation);
	}

	/**
	 * The best candidate's score given the others: where several incidents fit a report about equally — the same town
	 * shelled twice that day — none of them is likely to be its incident, however well each fits on its own. The score is
	 * the share of the best among all the explanations, a new incident included (a softmax over match weights).
	 */
	private static CandidateScore againstAlternatives(CandidateScore best, Collection<CandidateScore> others) {
		if (others.isEmpty()) {
			return best;
		}
		double alternatives = 1 + others.stream().mapToDouble(other -> Math.exp(other.weight() - EVEN_WEIGHT)).sum();
		double competition = -PairScorer.round(Math.log(alternatives));
		var explanation = new ArrayList<>(best.explanation());
		explanation.add(new Factor("alternatives", competition, others.size() == 1 ? "one other incident fits as well"
				: others.size() + " other incidents fit as well"));
		double weight = best.weight() + competition;
		return new CandidateScore(best.incident(), weight, scoreOf(weight), explanation);
	}

	/** How many pairs of reports this engine has compared: the measure of the pre-filters' work. */
	public long comparisons() {
		return comparisons.sum();
	}

	/** Maps a match weight onto 0 to 1 (logistic), 0.5 at {@link #EVEN_WEIGHT}. */
	static double scoreOf(double weight) {
		return Math.round(1_000 / (1 + Math.exp(EVEN_WEIGHT - weight))) / 1_000.0;
	}
}
