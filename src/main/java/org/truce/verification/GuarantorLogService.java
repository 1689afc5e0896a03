package org.truce.verification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.truce.core.ConflictException;
import org.truce.core.DelegationCode;
import org.truce.core.ForbiddenException;
import org.truce.core.NotFoundException;
import org.truce.core.Viewer;
import org.truce.ledger.LoggedSubject;

@Service
@Transactional
class GuarantorLogService implements GuarantorLog {

	private final JdbcGuarantorLogStore store;
	private final IncidentFacts incidents;
	private final Mechanism mechanism;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final VerificationLedger ledger;

	GuarantorLogService(JdbcGuarantorLogStore store, IncidentFacts incidents, Mechanism mechanism,
			ApplicationEventPublisher events, Clock clock, VerificationLedger ledger) {
		this.store = store;
		this.ledger = ledger;
		this.incidents = incidents;
		this.mechanism = mechanism;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public Recorded<GuarantorLogEntry> register(UUID incident, String note, Viewer.Member by) {
		var fact = incidents.find(incident, by).orElseThrow(() -> new NotFoundException("incident", incident));
		var entry = LogEntry.register(incident, fact.startedAt(), fact.admin1Pcode(), note, by, mechanism.at(fact.startedAt()).guarantors(),
				clock.instant());
		var ticket = store.insert(entry.snapshot(), by.username())
			.orElseThrow(() -> new ConflictException(by.delegation() + " has already logged this incident"));
		incidents.hold(incident);
		entry.takeEvents().forEach(events::publishEvent);
		return new Recorded<>(entry.snapshot(), ticket);
	}

	@Override
	public Recorded<CrossCheck> crossCheck(LogEntryId id, Verdict verdict, String reason, Viewer.Member by) {
		var entry = new LogEntry(store.lock(id).filter(e -> readable(by)).orElseThrow(() -> notFound(id)));
		var check = entry.crossCheck(verdict, reason, by, guarantorsOf(entry.snapshot()), clock.instant());
		var ticket = store.insertCrossCheck(id, check, by.username());
		entry.takeEvents().forEach(events::publishEvent);
		return new Recorded<>(check, ticket);
	}

	@Override
	@Transactional(readOnly = true)
	public GuarantorLogEntry get(LogEntryId id, Viewer viewer) {
		return store.find(id).filter(e -> readable(viewer)).orElseThrow(() -> notFound(id));
	}

	@Override
	@Transactional(readOnly = true)
	public LoggedSubject ledgerEntry(LogEntryId id, Viewer viewer) {
		get(id, viewer);
		return ledger.logEntry(id).orElseThrow(() -> new NotFoundException("logged log entry", id));
	}

	@Override
	@Transactional(readOnly = true)
	public LoggedSubject crossCheckLedgerEntry(LogEntryId id, DelegationCode guarantor, Viewer viewer) {
		get(id, viewer);
		return ledger.crossCheck(id, guarantor)
			.orElseThrow(() -> new NotFoundException("logged confirmation or dispute", id + "/" + guarantor));
	}

	@Override
	@Transactional(readOnly = true)
	public List<GuarantorLogEntry> entries(@Nullable DelegationCode guarantor, @Nullable UUID incident, @Nullable LocalDate from,
			@Nullable LocalDate to, @Nullable String admin1, Viewer viewer) {
		requireReader(viewer);
		return store.search(guarantor, incident, from, to, admin1);
	}

	@Override
	@Transactional(readOnly = true)
	public LogEntryStatus status(GuarantorLogEntry entry) {
		return entry.status(guarantorsOf(entry));
	}

	@Override
	@Transactional(readOnly = true)
	public List<DailyCount> daily(LocalDate from, LocalDate to, Viewer viewer) {
		requireReader(viewer);
		var counts = new TreeMap<String, int[]>();
		var keys = new TreeMap<String, DailyCount>();
		for (var entry : store.search(null, null, from, to, null)) {
			var key = entry.incidentDay() + "|" + entry.admin1Pcode() + "|" + entry.guarantor();
			var count = counts.computeIfAbsent(key, k -> new int[3]);
			count[0]++;
			switch (status(entry)) {
				case CROSS_CONFIRMED -> count[1]++;
				case DISPUTED -> count[2]++;
				case AWAITING -> {
				}
			}
			keys.putIfAbsent(key, new DailyCount(entry.incidentDay(), entry.admin1Pcode(), entry.guarantor(), 0, 0, 0));
		}
		var rows = new ArrayList<DailyCount>();
		for (Map.Entry<String, DailyCount> key : keys.entrySet()) {
			var row = key.getValue();
			var count = counts.get(key.getKey());
			rows.add(new DailyCount(row.day(), row.admin1Pcode(), row.guarantor(), count[0], count[1], count[2]));
		}
		return rows;
	}

	private Set<DelegationCode> guarantorsOf(GuarantorLogEntry entry) {
		return mechanism.at(entry.incidentStartedAt()).guarantors();
	}

	private static boolean readable(Viewer viewer) {
		return viewer.asMember().map(m -> m.role().readsGuarantorMaterial()).orElse(false);
	}

	private static void requireReader(Viewer viewer) {
		if (!readable(viewer)) {
			throw new ForbiddenException("The guarantors' logs are read by the guarantors and the secretariat");
		}
	}

	private static NotFoundException notFound(LogEntryId id) {
		return new NotFoundException("log entry", id);
	}
}
