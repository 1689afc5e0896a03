package org.truce.incident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.truce.core.ConflictException;
import org.truce.core.ForbiddenException;
import org.truce.core.InvalidInputException;
import org.truce.core.NotFoundException;
import org.truce.core.Viewer;
import org.truce.incident.HistoryEntry.Action;
import org.truce.incident.Link.AnalystDecision;
import org.truce.incident.correlation.CandidateScore;
import org.truce.report.ReportId;

/**
 * An incident and its links. Its verbs guard every change — the engine's (open, link, propose, rescore) and the
 * analysts' (confirm, reject, merge, split) — and record each in the history, with the events to publish. Nothing is
 * dropped silently: a link an analyst turns down stays, rejected; a merged incident stays, pointing at its survivor.
 */
final class Incident {

	static final int MAXIMUM_REASON_LENGTH = 2_000;

	private final IncidentId id;
	private final Instant openedAt;
	private IncidentStatus status;
	private @Nullable IncidentId mergedInto;
	private final Map<ReportId, Link> links = new LinkedHashMap<>();
	private final List<HistoryEntry> recorded = new ArrayList<>();
	private final List<Object> events = new ArrayList<>();

	Incident(IncidentId id, Instant openedAt, IncidentStatus status, @Nullable IncidentId mergedInto, Collection<Link> links) {
		this.id = id;
		this.openedAt = openedAt;
		this.status = status;
		this.mergedInto = mergedInto;
		links.forEach(link -> this.links.put(link.report(), link));
	}

	/** The engine opens an incident for a report no incident fits; the explanation says what it was compared with. */
	static Incident open(IncidentId id, ReportId founder, List<Factor> explanation, List<ReportId> comparedWith, Instant at) {
		var incident = new Incident(id, at, IncidentStatus.OPEN, null, List.of());
		incident.links.put(founder, new Link(founder, LinkStatus.PROPOSED, true, null, explanation, comparedWith, at, null));
		incident.record(Action.OPENED, List.of(founder), null, null, null, at, null);
		incident.events.add(new IncidentOpened(id, founder, at));
		return incident;
	}

	/** The engine counts the report here, awaiting an analyst's confirmation; a suggestion here becomes the count. */
	void link(ReportId report, CandidateScore score, Instant at) {
		checkOpen();
		var existing = links.get(report);
		if (existing != null && (existing.member() || existing.status() == LinkStatus.REJECTED)) {
			throw new IllegalStateException("report " + report + " is already counted in, or rejected from, incident " + id);
		}
		links.put(report, new Link(report, LinkStatus.PROPOSED, true, score.score(), score.explanation(), score.comparedWith(),
				at, null));
		record(Action.LINKED, List.of(report), null, score.score(), null, at, null);
		events.add(new ReportLinked(id, report, true, score.score(), at));
	}

	/** The engine suggests the report, counted elsewhere, for an analyst to confirm here; a report already linked is left. */
	void propose(ReportId report, CandidateScore score, Instant at) {
		checkOpen();
		if (links.containsKey(report)) {
			return;
		}
		links.put(report, new Link(report, LinkStatus.PROPOSED, false, score.score(), score.explanation(), score.comparedWith(),
				at, null));
		record(Action.PROPOSED, List.of(report), null, score.score(), null, at, null);
		events.add(new ReportLinked(id, report, false, score.score(), at));
	}

	/** The engine scores a report counted here again, after an amendment; a confirmed link stands as the analyst left it. */
	void rescore(ReportId report, @Nullable Double score, List<Factor> explanation, List<ReportId> comparedWith, Instant at) {
		var link = memberLink(report);
		if (link.status() != LinkStatus.PROPOSED) {
			throw new IllegalStateException("only a proposed link is scored again");
		}
		links.put(report, new Link(report, LinkStatus.PROPOSED, true, score, explanation, comparedWith, link.proposedAt(), null));
		record(Action.RESCORED, List.of(report), null, score, null, at, null);
	}

	/**
	 * An analyst confirms the proposed link.
	 *
	 * @return whether the report now counts here having counted elsewhere, from where the caller must release it
	 */
	boolean confirm(ReportId report, String reason, Viewer.Member by, Instant at) {
		var decision = analystDecision(by, reason, at);
		checkOpen();
		var link = proposedLink(report);
		links.put(report, link.decided(LinkStatus.CONFIRMED, true, decision));
		record(Action.CONFIRMED, List.of(report), null, link.score(), decision, at);
		events.add(new LinkConfirmed(id, report, by.delegation(), decision.reason(), at));
		return !link.member();
	}

	/**
	 * An analyst rejects the proposed link. The last report counted in an incident cannot be rejected from it: merge the
	 * incident into another instead.
	 *
	 * @return whether the report counted here, so that the caller must place it anew
	 */
	boolean reject(ReportId report, String reason, Viewer.Member by, Instant at) {
		var decision = analystDecision(by, reason, at);
		checkOpen();
		var link = proposedLink(report);
		if (link.member() && members().size() == 1) {
			throw new ConflictException("Report " + report + " is the only report of incident " + id
					+ "; merge the incident into another instead");
		}
		links.put(report, link.decided(LinkStatus.REJECTED, false, decision));
		record(Action.REJECTED, List.of(report), null, link.score(), decision, at);
		events.add(new LinkRejected(id, report, by.delegation(), decision.reason(), at));
		return link.member();
	}

	/**
	 * The report counted here goes to another incident; its link leaves this one, recorded in the history.
	 *
	 * @param by the analyst who moved it, none when the engine did
	 */
	void release(ReportId report, IncidentId to, @Nullable AnalystDecision by, Instant at) {
		memberLink(report);
		links.remove(report);
		record(Action.LEFT, List.of(report), to, null, by, at);
		events.add(new ReportMoved(report, id, to, by == null ? null : by.delegation(), at));
	}

	/** An analyst merges another incident into this one. */
	void absorb(Incident other, String reason, Viewer.Member by, Instant at) {
		absorb(other, analystDecision(by, reason, at), at);
	}

	/**
	 * This incident takes the other's reports: every link that counts there counts here, and suggestions for reports not
	 * yet linked here come along; rejections stay with the other, which is kept as merged.
	 *
	 * @param by the analyst, none when the engine merges an incident whose last report it moved here
	 */
	void absorb(Incident other, @Nullable AnalystDecision by, Instant at) {
		checkOpen();
		if (other.id.equals(id)) {
			throw new InvalidInputException("otherIncidentId", "must be another incident than " + id);
		}
		if (other.status != IncidentStatus.OPEN) {
			throw new ConflictException("Incident " + other.id + " was already merged into " + other.mergedInto);
		}
		var moved = new ArrayList<ReportId>();
		for (var link : List.copyOf(other.links.values())) {
			if (link.member() || (link.status() == LinkStatus.PROPOSED && !links.containsKey(link.report()))) {
				links.put(link.report(), link);
				other.links.remove(link.report());
				if (link.member()) {
					moved.add(link.report());
				}
			}
		}
		other.status = IncidentStatus.MERGED;
		other.mergedInto = id;
		var reason = by == null ? "its last report was placed here" : by.reason();
		record(Action.MERGED_IN, moved, other.id, null, by, at, reason);
		other.record(Action.MERGED_INTO, moved, id, null, by, at, reason);
		events.add(new IncidentsMerged(id, other.id, moved, by == null ? null : by.delegation(), reason, at));
	}

	/**
	 * An analyst splits reports off into a new incident, where they are confirmed; here their links are kept as rejected,
	 * so that the engine never puts them back.
	 */
	Incident splitOff(Collection<ReportId> reports, IncidentId newId, String reason, Viewer.Member by, Instant at) {
		var decision = analystDecision(by, reason, at);
		checkOpen();
		var splitting = new LinkedHashSet<>(reports);
		if (splitting.isEmpty()) {
			throw new InvalidInputException("reportIds", "must name at least one report of the incident");
		}
		for (var report : splitting) {
			var link = links.get(report);
			if (link == null || !link.member()) {
				throw new InvalidInputException("reportIds", "report " + report + " is not counted in incident " + id);
			}
		}
		if (splitting.containsAll(members())) {
			throw new InvalidInputException("reportIds", "must leave at least one report in incident " + id);
		}
		var split = new Incident(newId, at, IncidentStatus.OPEN, null, List.of());
		for (var report : splitting) {
			var link = links.get(report);
			split.links.put(report, link.decided(LinkStatus.CONFIRMED, true, decision));
			links.put(report, link.decided(LinkStatus.REJECTED, false, decision));
		}
		var list = List.copyOf(splitting);
		record(Action.SPLIT_OFF, list, newId, null, decision, at);
		split.record(Action.SPLIT_FROM, list, id, null, decision, at);
		events.add(new IncidentSplit(id, newId, list, by.delegation(), decision.reason(), at));
		return split;
	}

	IncidentId id() {
		return id;
	}

	Instant openedAt() {
		return openedAt;
	}

	IncidentStatus status() {
		return status;
	}

	@Nullable
	IncidentId mergedInto() {
		return mergedInto;
	}

	Collection<Link> links() {
		return List.copyOf(links.values());
	}

	Optional<Link> link(ReportId report) {
		return Optional.ofNullable(links.get(report));
	}

	/** The reports counted in the incident. */
	List<ReportId> members() {
		return links.values().stream().filter(Link::member).map(Link::report).toList();
	}

	boolean hasChanges() {
		return !recorded.isEmpty();
	}

	/** The history entries recorded since the incident was loaded or opened, handed over once. */
	List<HistoryEntry> takeHistory() {
		var taken = List.copyOf(recorded);
		recorded.clear();
		return taken;
	}

	/** The events raised since the incident was loaded or opened, handed over once. */
	List<Object> takeEvents() {
		var taken = List.copyOf(events);
		events.clear();
		return taken;
	}

	/** Checks the analyst's role and reason first: a party learns nothing more of an incident by trying. */
	static AnalystDecision analystDecision(Viewer.Member by, String reason, Instant at) {
		if (!by.role().readsGuarantorMaterial()) {
			throw new ForbiddenException("Only guarantors and the secretariat confirm, reject, merge or split incidents");
		}
		if (reason.isBlank()) {
			throw new InvalidInputException("reason", "is required: say why");
		}
		if (reason.length() > MAXIMUM_REASON_LENGTH) {
			throw new InvalidInputException("reason", "must be at most " + MAXIMUM_REASON_LENGTH + " characters");
		}
		return new AnalystDecision(by.username(), by.delegation(), at, reason.strip());
	}

	private void checkOpen() {
		if (status != IncidentStatus.OPEN) {
			throw new ConflictException("Incident " + id + " was merged into " + mergedInto);
		}
	}

	/** The report's link, which an analyst decides once: while it is only proposed. */
	private Link proposedLink(ReportId report) {
		var link = links.get(report);
		if (link == null) {
			throw new NotFoundException("link of report " + report + " to incident", id);
		}
		var decided = link.decision();
		return switch (link.status()) {
			case PROPOSED -> link;
			case CONFIRMED, REJECTED -> throw new ConflictException("The link of report " + report + " was already "
					+ link.status().name().toLowerCase(Locale.ROOT) + " by " + decided.delegation() + " on " + decided.at()
					+ (link.status() == LinkStatus.CONFIRMED ? "; to take the report out of the incident, split it off"
							: "; a rejected link stays rejected"));
		};
	}

	private Link memberLink(ReportId report) {
		var link = links.get(report);
		if (link == null || !link.member()) {
			throw new IllegalStateException("report " + report + " does not count in incident " + id);
		}
		return link;
	}

	private void record(Action action, List<ReportId> reports, @Nullable IncidentId other, @Nullable Double score,
			@Nullable AnalystDecision by, Instant at) {
		record(action, reports, other, score, by, at, by == null ? null : by.reason());
	}

	private void record(Action action, List<ReportId> reports, @Nullable IncidentId other, @Nullable Double score,
			@Nullable AnalystDecision by, Instant at, @Nullable String reason) {
		recorded.add(new HistoryEntry(action, reports, other, score, by == null ? null : by.username(),
				by == null ? null : by.delegation(), at, reason));
	}
}
