package org.truce.incident;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Predicate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.truce.core.AccessLog;
import org.truce.core.InvalidInputException;
import org.truce.core.NotFoundException;
import org.truce.core.Viewer;
import org.truce.report.ReportDetails;
import org.truce.report.ReportFeed;
import org.truce.incident.correlation.CandidateScore;
import org.truce.incident.correlation.ReportFeatures;
import org.truce.report.ReportId;
import org.truce.report.ReportRegister;

@Service
@Transactional
class IncidentService implements Incidents {

	private static final String REPORT_SUBJECT = "report";
	/** More merges in a chain than any incident sees; a guard, not a limit anyone meets. */
	private static final int MAXIMUM_HOPS = 1_000;

	private final JdbcIncidentStore store;
	private final ReportRegister register;
	private final ReportFeed feed;
	private final CorrelationService correlation;
	private final ScopeAssessor scope;
	private final AccessLog accessLog;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	IncidentService(JdbcIncidentStore store, ReportRegister register, ReportFeed feed, CorrelationService correlation,
			ScopeAssessor scope, AccessLog accessLog, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.register = register;
		this.feed = feed;
		this.correlation = correlation;
		this.scope = scope;
		this.accessLog = accessLog;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public IncidentDetails get(IncidentId requested, Viewer viewer) {
		var incident = survivor(requested).orElseThrow(() -> notFound(requested));
		var id = incident.id();
		var reads = new Reads(viewer);
		var reports = incident.members().stream()
			.map(reads::find)
			.flatMap(Optional::stream)
			.sorted(Comparator.comparing((ReportDetails r) -> r.content().occurredFrom()).thenComparing(r -> r.id().value()))
			.toList();
		if (reports.isEmpty()) {
			throw notFound(id);
		}
		Predicate<ReportId> visible = report -> reads.find(report).isPresent();
		var shown = incident.links().stream().filter(link -> visible.test(link.report())).toList();
		// A score that compared with reports the viewer may not see is scored again against those it may see, so that
		// nothing in the link tells of the others.
		var unexplained = shown.stream()
			.filter(link -> !link.explainedTo(visible))
			.map(link -> ReportFeatures.of(reads.find(link.report()).orElseThrow()))
			.toList();
		var rescored = unexplained.isEmpty() ? Map.<ReportId, CandidateScore>of()
				: correlation.explain(unexplained, id, reports.stream().map(ReportFeatures::of).toList());
		var links = shown.stream()
			.map(link -> link.explainedTo(visible) ? link.view() : link.viewedAs(rescored.get(link.report())))
			.toList();
		return new IncidentDetails(id, incident.status(), incident.openedAt(), reports, links,
				IncidentProfiles.of(reports.stream().map(ReportSnapshot::of).toList()), scope.assess(reports, viewer),
				history(id, visible));
	}

	@Override
	public void hold(IncidentId id) {
		survivor(id).ifPresent(incident -> store.hold(incident.id()));
	}

	/**
	 * The incident, or the one it was merged into (and so on): whoever follows an incident — a case, a guarantor's log —
	 * follows it into the incident that took its reports.
	 */
	private Optional<Incident> survivor(IncidentId id) {
		var incident = store.load(id);
		for (int hops = 0; incident.isPresent() && incident.get().status() == IncidentStatus.MERGED && hops < MAXIMUM_HOPS;
				hops++) {
			incident = store.load(Objects.requireNonNull(incident.get().mergedInto()));
		}
		return incident.filter(found -> found.status() == IncidentStatus.OPEN);
	}

	/**
	 * The history as the viewer may see it: entries about reports it may not see are left out, and such reports left out
	 * of the others; where that leaves out how the incident was opened, its first report the viewer may see opened it.
	 * The history tells what was done and by whom; the score of each link is on the link.
	 */
	private List<HistoryEntry> history(IncidentId id, Predicate<ReportId> visible) {
		var history = new ArrayList<HistoryEntry>();
		for (var entry : store.history(id)) {
			var reports = entry.reports().stream().filter(visible).toList();
			if (!reports.isEmpty()) {
				var action = history.isEmpty() && entry.action() == HistoryEntry.Action.LINKED ? HistoryEntry.Action.OPENED
						: entry.action();
				history.add(new HistoryEntry(action, reports, entry.otherIncident(), null, entry.username(), entry.delegation(),
						entry.at(), entry.reason()));
			}
		}
		return history;
	}

	@Override
	public IncidentPage list(IncidentQuery query, Viewer viewer) {
		var page = store.list(query, viewer);
		var members = store.members(page.ids());
		var items = page.ids().stream().map(id -> {
			var visible = members.getOrDefault(id, List.of()).stream()
				.filter(report -> report.visibleTo(viewer))
				.sorted(Comparator.comparing((ReportSnapshot r) -> r.features().from()))
				.toList();
			// The profile shows what these reports say, so each counts as read.
			visible.forEach(report -> accessLog.recordRead(viewer, REPORT_SUBJECT, report.features().id().value(), report.level(),
					report.source()));
			return new IncidentSummary(id, visible.stream().map(r -> r.features().id()).toList(), IncidentProfiles.of(visible));
		}).toList();
		return new IncidentPage(items, page.total(), query.page(), query.size());
	}

	@Override
	public IncidentDetails confirm(IncidentId id, ReportId report, String reason, Viewer.Member by) {
		return act(id, by, (incident, session) -> {
			visibleReport(report, by);
			var now = clock.instant();
			var countedIn = store.memberships(List.of(report)).get(report);
			if (incident.confirm(report, reason, by, now) && countedIn != null) {
				var from = session.get(countedIn);
				var decision = incident.link(report).orElseThrow().decision();
				from.release(report, id, decision, now);
				if (from.members().isEmpty()) {
					incident.absorb(from, decision, now);
				}
			}
			return id;
		});
	}

	@Override
	public IncidentDetails reject(IncidentId id, ReportId report, String reason, Viewer.Member by) {
		return act(id, by, (incident, session) -> {
			visibleReport(report, by);
			if (incident.reject(report, reason, by, clock.instant())) {
				// Written first, so that the engine's candidates leave out the incident it was rejected from.
				session.flush();
				correlation.placeAnew(report, session);
			}
			return id;
		});
	}

	@Override
	public IncidentDetails merge(IncidentId id, IncidentId other, String reason, Viewer.Member by) {
		return act(id, by, (incident, session) -> {
			incident.absorb(other.equals(id) ? incident : visibleIncident(other, by, session), reason, by, clock.instant());
			return id;
		});
	}

	@Override
	public IncidentDetails split(IncidentId id, List<ReportId> reports, String reason, Viewer.Member by) {
		return act(id, by, (incident, session) -> {
			var reads = new Reads(by);
			for (var report : reports) {
				if (reads.find(report).isEmpty()) {
					// The same answer as for a report that is not in the incident: nothing is learnt of one not visible.
					throw new InvalidInputException("reportIds", "report " + report + " is not counted in incident " + id);
				}
			}
			var split = incident.splitOff(reports, IncidentId.random(), reason, by, clock.instant());
			session.add(split);
			return split.id();
		});
	}

	/**
	 * An analyst's action on an incident the analyst may see, under the lock the engine takes too, written at the end;
	 * answers the incident the action leaves to be shown.
	 */
	private IncidentDetails act(IncidentId id, Viewer.Member by, BiFunction<Incident, IncidentSession, IncidentId> action) {
		store.lockCorrelation();
		var session = new IncidentSession(store, events);
		var shown = action.apply(visibleIncident(id, by, session), session);
		session.flush();
		return get(shown, by);
	}

	/** An open incident with a report the viewer may see; any other is not found. */
	private Incident visibleIncident(IncidentId id, Viewer viewer, IncidentSession session) {
		var incident = session.get(id);
		var reads = new Reads(viewer);
		if (incident.status() != IncidentStatus.OPEN || incident.members().stream().noneMatch(r -> reads.find(r).isPresent())) {
			throw notFound(id);
		}
		return incident;
	}

	private void visibleReport(ReportId report, Viewer viewer) {
		register.get(report, viewer);
	}

	private static NotFoundException notFound(IncidentId id) {
		return new NotFoundException("incident", id);
	}

	/**
	 * The reports one answer reads, each read once on the viewer's behalf: whether the viewer may see it is decided on
	 * the register's current record (the module's copy of a report's level may lag an amendment by an event), and the
	 * read itself goes through the register, which logs it. Asking the register first would make it refuse — and mark
	 * the transaction for rollback — for every report the viewer may not see.
	 */
	private final class Reads {

		private final Viewer viewer;
		private final Map<ReportId, Optional<ReportDetails>> read = new HashMap<>();

		Reads(Viewer viewer) {
			this.viewer = viewer;
		}

		Optional<ReportDetails> find(ReportId report) {
			return read.computeIfAbsent(report, id -> feed.find(id)
				.filter(current -> viewer.canSee(current.content().confidentiality(), current.sourceDelegation()))
				.map(visible -> register.get(id, viewer)));
		}
	}
}
