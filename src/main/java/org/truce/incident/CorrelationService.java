package org.truce.incident;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.truce.incident.correlation.BulkCorrelator;
import org.truce.incident.correlation.Candidate;
import org.truce.incident.correlation.CandidateScore;
import org.truce.incident.correlation.CorrelationEngine;
import org.truce.incident.correlation.Decision;
import org.truce.incident.correlation.ReportFeatures;
import org.truce.incident.correlation.TermFrequencies;
import org.truce.report.ReportFeed;
import org.truce.report.ReportId;

/**
 * Runs the correlation engine on the reports the register hands over. Reports are recorded as pending when filed or
 * amended; each pass takes the pending ones in time order, under the lock every change to incidents takes, and places
 * them — one by one against the database's pre-filter (the live path), or, when many are pending at once (a seeded demo,
 * an import), all together in memory (bulk mode). A report already placed is placed again only after an amendment, and
 * only while no analyst has confirmed its link.
 */
@Service
class CorrelationService {

	/** From how many pending reports a pass switches to bulk mode. */
	static final int BULK_FROM = 50;
	private static final int PASS_SIZE = 5_000;
	private static final Logger log = LoggerFactory.getLogger(CorrelationService.class);

	private final JdbcIncidentStore store;
	private final ReportFeed feed;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final CorrelationEngine engine = CorrelationEngine.standard();
	private final NeighbourhoodRegrouping regrouping;

	CorrelationService(JdbcIncidentStore store, ReportFeed feed, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.feed = feed;
		this.events = events;
		this.clock = clock;
		this.regrouping = new NeighbourhoodRegrouping(engine, store);
	}

	/** Records a filed report as pending; one already recorded (an event delivered again) is left alone. */
	@Transactional
	void recordFiled(ReportId report) {
		feed.find(report).ifPresent(details -> store.insertSnapshot(ReportSnapshot.of(details)));
	}

	/** Brings the copy of an amended report up to date, pending: its terms counted anew, placed again unless confirmed. */
	@Transactional
	void recordAmended(ReportId report) {
		feed.find(report).ifPresent(details -> store.refreshSnapshot(ReportSnapshot.of(details)));
	}

	/** Places a batch of pending reports. @return how many it placed; none when nothing is pending */
	@Transactional
	int correlatePending() {
		store.lockCorrelation();
		var pending = store.pending(PASS_SIZE);
		if (pending.isEmpty()) {
			return 0;
		}
		long started = System.nanoTime();
		store.countTerms(pending.stream().map(JdbcIncidentStore.Pending::snapshot).toList());
		var session = new IncidentSession(store, events);
		var fresh = pending.stream().filter(p -> p.memberOf() == null).map(p -> p.snapshot().features()).toList();
		boolean bulk = fresh.size() >= BULK_FROM;
		if (bulk) {
			placeInBulk(fresh, session);
		}
		else {
			fresh.forEach(report -> placeLive(report, session));
		}
		pending.stream()
			.filter(p -> p.memberOf() != null)
			.forEach(p -> placeAgain(p.snapshot().features(), p.memberOf(), session));
		store.markCorrelated(pending.stream().map(JdbcIncidentStore.Pending::snapshot).toList());
		log.info("Correlated {} reports ({}) in {} ms", pending.size(), bulk ? "bulk mode" : "live",
				(System.nanoTime() - started) / 1_000_000);
		return pending.size();
	}

	/** Places a report that counts nowhere (after an analyst rejected its link) with the live path. */
	void placeAnew(ReportId report, IncidentSession session) {
		placeLive(store.snapshot(report).orElseThrow().features(), session);
	}

	/**
	 * Places one report against the incidents near it, then groups that neighbourhood again in the light of the report
	 * ({@link NeighbourhoodRegrouping}).
	 */
	private void placeLive(ReportFeatures report, IncidentSession session) {
		var candidates = candidates(report);
		var terms = frequencies(report, candidates);
		var decision = engine.decide(report, candidates, terms);
		var now = clock.instant();
		var own = IncidentId.random();
		open(report, decision, own, session, now);
		join(report, decision, session, now);
		propose(report, decision, own, session, now);
		var placedIn = decision instanceof Decision.Join join ? join.best().incident() : own;
		regrouping.regroup(report, placedIn, candidates, terms, session, now);
		session.flush();
	}

	private void placeInBulk(List<ReportFeatures> batch, IncidentSession session) {
		var from = batch.stream().map(ReportFeatures::reachFrom).min(Comparator.naturalOrder()).orElseThrow();
		var to = batch.stream().map(ReportFeatures::reachTo).max(Comparator.naturalOrder()).orElseThrow();
		var recorded = store.incidentsReaching(from, to).entrySet().stream()
			.map(e -> new Candidate(e.getKey(), e.getValue().stream().map(ReportSnapshot::features).toList()))
			.toList();
		session.load(recorded.stream().map(Candidate::incident).toList());
		var terms = new HashSet<String>();
		batch.forEach(report -> terms.addAll(report.terms()));
		recorded.forEach(incident -> incident.members().forEach(member -> terms.addAll(member.terms())));
		var placements = new BulkCorrelator(engine).correlate(recorded, batch, store.termFrequencies(terms));
		var now = clock.instant();
		// The incidents the batch opens first, so that every join and proposal finds its incident.
		placements.forEach(p -> open(p.report(), p.decision(), p.incident(), session, now));
		placements.forEach(p -> join(p.report(), p.decision(), session, now));
		placements.forEach(p -> propose(p.report(), p.decision(), p.incident(), session, now));
		session.flush();
	}

	/**
	 * Places an amended report again: it stays where it counts if it still fits there best (with its new score), joins
	 * another incident that fits it better, or — fitting nowhere — keeps the incident it alone forms or leaves the others'
	 * for a new one.
	 */
	private void placeAgain(ReportFeatures report, IncidentId current, IncidentSession session) {
		var incident = session.get(current);
		if (incident.link(report.id()).map(Link::status).orElse(LinkStatus.CONFIRMED) != LinkStatus.PROPOSED) {
			return;
		}
		var now = clock.instant();
		boolean alone = incident.members().size() == 1;
		var candidates = candidates(report);
		switch (engine.decide(report, candidates, frequencies(report, candidates))) {
			case Decision.Join join when join.best().incident().equals(current) ->
				incident.rescore(report.id(), join.best().score(), join.best().explanation(), join.best().comparedWith(), now);
			case Decision.Join join -> move(report.id(), incident, session.get(join.best().incident()), join.best(), now);
			case Decision.Propose propose -> {
				stayOrLeave(report.id(), incident, alone, opening(propose.best(), "proposed for it"), session, now);
				session.get(propose.best().incident()).propose(report.id(), propose.best(), now);
			}
			case Decision.Open open -> stayOrLeave(report.id(), incident, alone, opening(open.best(), null), session, now);
		}
		session.flush();
	}

	private void stayOrLeave(ReportId report, Incident incident, boolean alone, Opening opening, IncidentSession session,
			Instant now) {
		if (alone) {
			incident.rescore(report, null, opening.explanation(), opening.comparedWith(), now);
			return;
		}
		var own = Incident.open(IncidentId.random(), report, opening.explanation(), opening.comparedWith(), now);
		incident.release(report, own.id(), null, now);
		session.add(own);
	}

	/** The engine moves a report to the incident it now fits; an incident it leaves empty is merged there. */
	private static void move(ReportId report, Incident from, Incident to, CandidateScore score, Instant now) {
		from.release(report, to.id(), null, now);
		to.link(report, score, now);
		if (from.members().isEmpty()) {
			to.absorb(from, null, now);
		}
	}

	/** A report that joins no incident opens its own. */
	private void open(ReportFeatures report, Decision decision, IncidentId own, IncidentSession session, Instant now) {
		var opening = switch (decision) {
			case Decision.Join join -> null;
			case Decision.Propose propose -> opening(propose.best(), "proposed for it");
			case Decision.Open open -> opening(open.best(), null);
		};
		if (opening != null) {
			session.add(Incident.open(own, report.id(), opening.explanation(), opening.comparedWith(), now));
		}
	}

	private static void join(ReportFeatures report, Decision decision, IncidentSession session, Instant now) {
		if (decision instanceof Decision.Join join) {
			session.get(join.best().incident()).link(report.id(), join.best(), now);
		}
	}

	/** A report proposed for an incident, having opened its own, awaits an analyst there. */
	private static void propose(ReportFeatures report, Decision decision, IncidentId own, IncidentSession session, Instant now) {
		if (decision instanceof Decision.Propose propose && !propose.best().incident().equals(own)) {
			session.get(propose.best().incident()).propose(report.id(), propose.best(), now);
		}
	}

	/**
	 * How each report fits the incident as far as the given reports of it go: the engine's score and explanation against
	 * them, for each report that has another to be compared with.
	 */
	Map<ReportId, CandidateScore> explain(List<ReportFeatures> reports, IncidentId incident, List<ReportFeatures> members) {
		var candidate = new Candidate(incident, members);
		var terms = new HashSet<String>();
		reports.forEach(report -> terms.addAll(report.terms()));
		members.forEach(member -> terms.addAll(member.terms()));
		var frequencies = store.termFrequencies(terms);
		var scores = new HashMap<ReportId, CandidateScore>();
		for (var report : reports) {
			var score = engine.score(report, candidate, frequencies);
			if (score != null) {
				scores.put(report.id(), score);
			}
		}
		return scores;
	}

	/** The rarity of the terms of a report and of its candidates' reports. */
	private TermFrequencies frequencies(ReportFeatures report, List<Candidate> candidates) {
		var terms = new HashSet<>(report.terms());
		candidates.forEach(candidate -> candidate.members().forEach(member -> terms.addAll(member.terms())));
		return store.termFrequencies(terms);
	}

	private List<Candidate> candidates(ReportFeatures report) {
		return store.members(store.candidateIncidents(report)).entrySet().stream()
			.map(e -> new Candidate(e.getKey(), e.getValue().stream().map(ReportSnapshot::features).toList()))
			.toList();
	}

	/** Why a report opened (or kept) an incident of its own: what the closest other incident scored. */
	private Opening opening(@Nullable CandidateScore best, @Nullable String proposal) {
		if (best == null) {
			return new Opening(List.of(Link.NOTHING_NEAR), List.of());
		}
		var detail = String.format(Locale.ROOT, "the closest incident, %s, scored %.3f, below the %.2f needed to join it",
				best.incident(), best.score(), engine.thresholds().link());
		return new Opening(List.of(new Factor("opened", 0, proposal == null ? detail : detail + "; " + proposal)),
				best.comparedWith());
	}

	/** The explanation of a report's own incident, and the reports of the closest other one it describes. */
	private record Opening(List<Factor> explanation, List<ReportId> comparedWith) {
	}
}
