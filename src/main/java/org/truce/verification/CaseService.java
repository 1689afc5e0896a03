package org.truce.verification;

import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.truce.agreement.Actors;
import org.truce.core.Confidentiality;
import org.truce.core.ConflictException;
import org.truce.core.DelegationCode;
import org.truce.core.ForbiddenException;
import org.truce.core.InvalidInputException;
import org.truce.core.NotFoundException;
import org.truce.core.Role;
import org.truce.core.Viewer;
import org.truce.identity.Delegations;
import org.truce.ledger.LoggedSubject;
import org.truce.report.Category;
import org.truce.report.Evidence;
import org.truce.report.EvidenceFile;
import org.truce.report.EvidenceId;
import org.truce.report.EvidenceStore;
import org.truce.report.EvidenceSubject;
import org.truce.report.EvidenceUpload;
import org.truce.report.LocationPrecision;
import org.truce.report.ObservationMethod;
import org.truce.report.ReportDraft;
import org.truce.report.ReportRegister;
import org.truce.report.TimePrecision;

@Service
@Transactional
class CaseService implements Cases {

	private final JdbcCaseStore store;
	private final IncidentFacts incidents;
	private final Mechanism mechanism;
	private final Actors actors;
	private final Delegations delegations;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final EvidenceStore evidence;
	private final ReportRegister reports;
	private final VerificationLedger ledger;

	CaseService(JdbcCaseStore store, IncidentFacts incidents, Mechanism mechanism, Actors actors, Delegations delegations,
			ApplicationEventPublisher events, Clock clock, EvidenceStore evidence, ReportRegister reports,
			VerificationLedger ledger) {
		this.evidence = evidence;
		this.reports = reports;
		this.ledger = ledger;
		this.store = store;
		this.incidents = incidents;
		this.mechanism = mechanism;
		this.actors = actors;
		this.delegations = delegations;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public Recorded<CaseSnapshot> open(UUID incident, @Nullable List<DelegationCode> accused, String reason, Viewer.Member by) {
		var fact = incidents.find(incident, by).orElseThrow(() -> new NotFoundException("incident", incident));
		if (store.hasActiveCase(incident)) {
			throw new ConflictException("The incident already has a case under way");
		}
		var parties = accused == null ? accusedParties(fact) : checkedParties(accused);
		var kase = Case.open(incident, fact.firstFiledAt(), parties, reason, by, clock.instant());
		var ticket = store.save(kase, 0, CaseChange.OPENED, "opened", by, clock.instant());
		incidents.hold(incident);
		publish(kase);
		return new Recorded<>(kase.snapshot(), ticket);
	}

	@Override
	public Recorded<CaseSnapshot> transition(CaseId id, CaseState to, String reason, @Nullable Instant replyDueAt,
			Viewer.Member by) {
		return change(id, by, CaseChange.MOVED, "moved to " + to, kase -> kase.transition(to, reason, replyDueAt, by, clock.instant()));
	}

	@Override
	public Recorded<Reply> reply(CaseId id, String text, Viewer.Member by) {
		return changeReturning(id, by, CaseChange.REPLIED, "reply", kase -> kase.reply(text, by, clock.instant()));
	}

	@Override
	public Recorded<CaseSnapshot> draftFinding(CaseId id, Determination determination, String summary, Viewer.Member by) {
		return change(id, by, CaseChange.FINDING_DRAFTED, "finding drafted", kase -> kase.draftFinding(determination, summary,
				mechanism.at(incidentStart(kase.snapshot(), by)), actor -> actors.find(actor).isPresent(), by, clock.instant()));
	}

	@Override
	public Recorded<Vote> vote(CaseId id, VoteChoice choice, String rationale, Viewer.Member by) {
		return changeReturning(id, by, CaseChange.VOTED, "vote", kase -> {
			var terms = mechanism.at(incidentStart(kase.snapshot(), by));
			return kase.vote(choice, rationale, terms.guarantors(), terms.rule(), by, clock.instant());
		});
	}

	@Override
	public Recorded<MonitorTask> assignTask(CaseId id, DelegationCode assignee, TaskKind kind, String description, Instant dueAt,
			Viewer.Member by) {
		var team = delegations.find(assignee)
			.orElseThrow(() -> new InvalidInputException("assignee", "no delegation has the code " + assignee));
		if (team.role() != Role.MONITOR) {
			throw new InvalidInputException("assignee", assignee + " is not a monitoring team");
		}
		return changeReturning(id, by, CaseChange.TASK_ASSIGNED, "task assigned",
				kase -> kase.assignTask(assignee, kind, description, dueAt, by, clock.instant()));
	}

	/**
	 * A team reports on its task. Access denied to the monitors is itself a breach: the team's report of it is filed in
	 * the register at once, where it becomes an incident of its own.
	 */
	@Override
	public Recorded<MonitorTask> completeTask(CaseId id, UUID task, TaskOutcome outcome, String result, Viewer.Member by) {
		var completed = changeReturning(id, by, CaseChange.TASK_COMPLETED, "task completed",
				kase -> kase.completeTask(task, outcome, result, by, clock.instant()));
		if (outcome == TaskOutcome.ACCESS_DENIED) {
			var kase = store.find(id).orElseThrow(() -> notFound(id));
			incidents.find(kase.incidentId(), by).ifPresent(fact -> reports.file(obstruction(fact, result), by, null));
		}
		return completed;
	}

	private ReportDraft obstruction(IncidentFacts.Fact fact, String result) {
		var at = clock.instant().minusSeconds(60);
		return new ReportDraft(at, at, TimePrecision.DAY, new ReportDraft.LocationInput(fact.lat(), fact.lon(),
				LocationPrecision.NEAR), null, Category.ACCESS_DENIED.code(), null, null, null, ObservationMethod.SEEN,
				"Monitors were denied access while verifying an incident: " + result, Confidentiality.GUARANTORS);
	}

	@Override
	public Evidence attachEvidence(CaseId id, String filename, @Nullable String description, @Nullable Confidentiality level,
			InputStream content, Viewer.Member by) {
		get(id, by);
		if (by.role() == Role.OBSERVER) {
			throw new ForbiddenException("Observers read published rulings; they do not add evidence to cases");
		}
		return evidence.attach(new EvidenceUpload(subject(id), filename, description,
				level == null ? Confidentiality.GUARANTORS : level, content), by);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Evidence> evidence(CaseId id, Viewer viewer) {
		get(id, viewer);
		return evidence.of(subject(id), viewer);
	}

	@Override
	public EvidenceFile openEvidence(CaseId id, EvidenceId file, Viewer viewer) {
		get(id, viewer);
		return evidence.open(subject(id), file, viewer);
	}

	@Override
	public LoggedSubject evidenceLedgerEntry(CaseId id, EvidenceId file, Viewer viewer) {
		get(id, viewer);
		return evidence.ledgerEntry(subject(id), file, viewer);
	}

	private static EvidenceSubject subject(CaseId id) {
		return new EvidenceSubject("case", id.value());
	}

	@Override
	@Transactional(readOnly = true)
	public CaseSnapshot get(CaseId id, Viewer viewer) {
		return store.find(id).filter(snapshot -> new Case(snapshot).visibleTo(viewer)).orElseThrow(() -> notFound(id));
	}

	@Override
	@Transactional(readOnly = true)
	public List<CaseSnapshot> ofIncident(UUID incident, Viewer viewer) {
		if (!readsGuarantorMaterial(viewer) && incidents.find(incident, viewer).isEmpty()) {
			return List.of();
		}
		return store.ofIncident(incident).stream().filter(snapshot -> new Case(snapshot).visibleTo(viewer)).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean seesIncident(CaseSnapshot kase, Viewer viewer) {
		return readsGuarantorMaterial(viewer) || incidents.find(kase.incidentId(), viewer).isPresent();
	}

	@Override
	@Transactional(readOnly = true)
	public List<CaseSnapshot> visibleTo(Viewer viewer, int limit, int offset) {
		if (readsGuarantorMaterial(viewer)) {
			return store.all(limit, offset);
		}
		var visible = new LinkedHashSet<CaseSnapshot>(store.inState(CaseState.PUBLISHED));
		viewer.asMember().ifPresent(member -> {
			visible.addAll(store.accusing(member.delegation()));
			visible.addAll(store.withOpenTasks(member.delegation()));
		});
		return visible.stream()
			.sorted((a, b) -> b.openedAt().compareTo(a.openedAt()))
			.skip(offset)
			.limit(limit)
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<CaseRevision> revisions(CaseId id, Viewer viewer) {
		get(id, viewer);
		var stored = store.revisions(id);
		var revisions = new ArrayList<CaseRevision>();
		for (int i = 0; i < stored.size(); i++) {
			var revision = stored.get(i);
			var changes = i == 0 ? List.<CaseRevision.Change>of() : CaseDiff.between(stored.get(i - 1).snapshot(), revision.snapshot());
			revisions.add(new CaseRevision(revision.number(), revision.at(), revision.action(), revision.snapshot(), changes));
		}
		return revisions;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Integer, LoggedSubject> ledgerEntries(CaseId id, Viewer viewer) {
		get(id, viewer);
		return ledger.caseRevisions(id);
	}

	@Override
	@Transactional(readOnly = true)
	public Inbox inbox(Viewer.Member member) {
		var now = clock.instant();
		var votes = member.role() != Role.GUARANTOR ? List.<CaseSnapshot>of()
				: store.inState(CaseState.VOTING).stream()
					.filter(c -> c.currentVotes().stream().noneMatch(v -> v.guarantor().equals(member.delegation())))
					.toList();
		var tasksOf = member.role().readsGuarantorMaterial() ? store.withOpenTasks(null) : store.withOpenTasks(member.delegation());
		var overdue = new ArrayList<Inbox.TaskOfCase>();
		var open = new ArrayList<Inbox.TaskOfCase>();
		for (var kase : tasksOf) {
			var incident = seesIncident(kase, member) ? kase.incidentId() : null;
			for (var task : kase.tasks()) {
				boolean mine = task.assignee().equals(member.delegation());
				if (task.isOverdueAt(now) && (mine || member.role().readsGuarantorMaterial())) {
					overdue.add(new Inbox.TaskOfCase(kase.id(), incident, task));
				}
				if (task.isOpen() && mine) {
					open.add(new Inbox.TaskOfCase(kase.id(), incident, task));
				}
			}
		}
		return new Inbox(votes, repliesDue(member, now), overdue, open);
	}

	/**
	 * For guarantors and the secretariat, every reply awaited from an accused party that has not answered since the
	 * reply was requested, those past their deadline first; for a party, the replies it may still give.
	 */
	private List<Inbox.ReplyDue> repliesDue(Viewer.Member member, Instant now) {
		boolean mechanism = member.role().readsGuarantorMaterial();
		var requested = mechanism ? store.inState(CaseState.REPLY_REQUESTED) : store.accusing(member.delegation());
		var due = new ArrayList<Inbox.ReplyDue>();
		for (var kase : requested) {
			var deadline = kase.replyDueAt();
			if (kase.state() != CaseState.REPLY_REQUESTED || deadline == null) {
				continue;
			}
			boolean overdue = deadline.isBefore(now);
			if (!mechanism) {
				if (!overdue) {
					due.add(new Inbox.ReplyDue(kase.id(), List.of(member.delegation()), deadline, false));
				}
				continue;
			}
			var askedAt = kase.transitions().reversed().stream().filter(t -> t.to() == CaseState.REPLY_REQUESTED)
				.map(Transition::at).findFirst().orElse(kase.openedAt());
			var silent = kase.accused().stream()
				.filter(party -> kase.replies().stream().noneMatch(r -> r.delegation().equals(party) && !r.at().isBefore(askedAt)))
				.toList();
			if (!silent.isEmpty()) {
				due.add(new Inbox.ReplyDue(kase.id(), silent, deadline, overdue));
			}
		}
		due.sort(Comparator.comparing(Inbox.ReplyDue::overdue).reversed().thenComparing(Inbox.ReplyDue::dueAt));
		return due;
	}

	@Override
	@Transactional(readOnly = true)
	public CaseMetrics metrics(Viewer viewer) {
		var cases = visibleTo(viewer, Integer.MAX_VALUE, 0);
		var toDetermination = cases.stream()
			.filter(c -> c.determinedAt() != null)
			.map(c -> days(c.filedAt(), Objects.requireNonNull(c.determinedAt())))
			.toList();
		var inState = new EnumMap<CaseState, List<Double>>(CaseState.class);
		var byState = new EnumMap<CaseState, Long>(CaseState.class);
		for (var kase : cases) {
			byState.merge(kase.state(), 1L, Long::sum);
			var moves = kase.transitions();
			for (int i = 1; i < moves.size(); i++) {
				inState.computeIfAbsent(moves.get(i - 1).to(), s -> new ArrayList<>())
					.add(days(moves.get(i - 1).at(), moves.get(i).at()));
			}
		}
		var medians = new EnumMap<CaseState, Double>(CaseState.class);
		inState.forEach((state, durations) -> medians.put(state, median(durations)));
		return new CaseMetrics(toDetermination.size(), toDetermination.isEmpty() ? null : median(toDetermination), medians,
				byState);
	}

	private Recorded<CaseSnapshot> change(CaseId id, Viewer.Member by, CaseChange kind, String action, Consumer<Case> change) {
		return changeReturning(id, by, kind, action, kase -> {
			change.accept(kase);
			return kase.snapshot();
		});
	}

	/** Loads the case locked, applies one domain verb, saves the new revision and publishes what it raised. */
	private <T> Recorded<T> changeReturning(CaseId id, Viewer.Member by, CaseChange kind, String action,
			Function<Case, T> change) {
		var stored = store.lock(id).filter(s -> new Case(s.snapshot()).visibleTo(by)).orElseThrow(() -> notFound(id));
		var kase = new Case(stored.snapshot());
		var result = change.apply(kase);
		var ticket = store.save(kase, stored.revision(), kind, action, by, clock.instant());
		publish(kase);
		return new Recorded<>(result, ticket);
	}

	private Instant incidentStart(CaseSnapshot kase, Viewer viewer) {
		return incidents.find(kase.incidentId(), viewer).map(IncidentFacts.Fact::startedAt).orElse(kase.openedAt());
	}

	/** The party delegations answering for the accused actors at the incident's time. */
	private List<DelegationCode> accusedParties(IncidentFacts.Fact fact) {
		var parties = new LinkedHashSet<DelegationCode>();
		for (var actor : fact.allegedPerpetrators()) {
			actors.find(actor).ifPresent(found -> found.affiliations().stream()
				.filter(a -> a.party() != null && a.effective().contains(fact.startedAt()))
				.forEach(a -> parties.add(a.party())));
		}
		return List.copyOf(parties);
	}

	private List<DelegationCode> checkedParties(List<DelegationCode> accused) {
		for (int i = 0; i < accused.size(); i++) {
			var code = accused.get(i);
			var party = delegations.find(code);
			if (party.isEmpty() || party.get().role() != Role.PARTY) {
				throw new InvalidInputException("accused[" + i + "]", code + " is not a party delegation");
			}
		}
		return List.copyOf(new LinkedHashSet<>(accused));
	}

	private static boolean readsGuarantorMaterial(Viewer viewer) {
		return viewer.asMember().map(m -> m.role().readsGuarantorMaterial()).orElse(false);
	}

	private void publish(Case kase) {
		kase.takeEvents().forEach(events::publishEvent);
	}

	private static double days(Instant from, Instant to) {
		return Duration.between(from, to).toMinutes() / (24.0 * 60);
	}

	private static double median(List<Double> values) {
		var sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

	private static NotFoundException notFound(CaseId id) {
		return new NotFoundException("case", id);
	}
}
