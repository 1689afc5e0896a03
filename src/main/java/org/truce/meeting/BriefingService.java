package org.truce.meeting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.truce.agreement.ActorId;
import org.truce.agreement.Actors;
import org.truce.agreement.AdminAreas;
import org.truce.agreement.Agreement;
import org.truce.agreement.AgreementMember;
import org.truce.agreement.Agreements;
import org.truce.agreement.BoundaryMaps;
import org.truce.core.NotFoundException;
import org.truce.core.Role;
import org.truce.core.Viewer;
import org.truce.humanitarian.HumanitarianItems;
import org.truce.incident.IncidentQuery;
import org.truce.incident.Incidents;
import org.truce.report.Category;
import org.truce.report.ReportStatistics;
import org.truce.report.ReportStatistics.Grouping;
import org.truce.verification.CaseSnapshot;
import org.truce.verification.CaseState;
import org.truce.verification.Cases;
import org.truce.verification.GuarantorLog;

/**
 * The briefing packs, computed at each request from the other modules' public APIs on the viewer's behalf. Not
 * read-only: counting the incidents reads their reports, and such reads go to the access log.
 */
@Service
@Transactional
class BriefingService implements Briefings {

	/** The English names in the pack's JSON, as the register's API gives category names. */
	private static final Locale NAMES = Locale.ENGLISH;

	private final JdbcMeetingStore meetings;
	private final ReportStatistics reports;
	private final Incidents incidents;
	private final GuarantorLog logs;
	private final Cases cases;
	private final HumanitarianItems humanitarian;
	private final Agreements agreements;
	private final AdminAreas adminAreas;
	private final Actors actors;
	private final BoundaryMaps maps;
	private final MessageSource messages;
	private final Clock clock;

	BriefingService(JdbcMeetingStore meetings, ReportStatistics reports, Incidents incidents, GuarantorLog logs, Cases cases,
			HumanitarianItems humanitarian, Agreements agreements, AdminAreas adminAreas, Actors actors, BoundaryMaps maps,
			MessageSource messages, Clock clock) {
		this.meetings = meetings;
		this.reports = reports;
		this.incidents = incidents;
		this.logs = logs;
		this.cases = cases;
		this.humanitarian = humanitarian;
		this.agreements = agreements;
		this.adminAreas = adminAreas;
		this.actors = actors;
		this.maps = maps;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public BriefingPack pack(MeetingId id, Viewer viewer) {
		var meeting = meetings.find(id).filter(m -> MeetingView.briefedTo(m, viewer))
			.orElseThrow(() -> new NotFoundException("meeting", id));
		var to = meeting.startsAt();
		var agreement = agreements.inForceAt(to);
		var from = meetings.previous(to).map(MeetingSnapshot::startsAt)
			.or(() -> agreement.map(Agreement::effectiveFrom))
			.orElse(to.minus(Duration.ofDays(30)));
		var member = viewer.asMember().orElseThrow();
		var byGovernorate = counts(reports.count(from, to, Grouping.GOVERNORATE, viewer), this::governorateName);
		var incidentCounts = incidentCounts(from, to, viewer);
		var guarantors = agreement.map(a -> a.members().stream().filter(m -> m.role() == Role.GUARANTOR)
			.map(AgreementMember::delegation).map(d -> d.value()).toList()).orElse(List.of());
		return new BriefingPack(id, meeting.title(), from, to, meeting.timeZone(), member.delegation().value(), clock.instant(),
				byGovernorate.stream().mapToLong(BriefingPack.Count::count).sum(), byGovernorate,
				counts(reports.count(from, to, Grouping.CATEGORY, viewer), this::categoryName),
				counts(reports.count(from, to, Grouping.ALLEGED_PERPETRATOR, viewer), this::actorName),
				incidentCounts.total(), incidentCounts.byGovernorate(), incidentCounts.byCategory(),
				guarantorLogs(from, to, guarantors, viewer), caseFigures(from, to, viewer), overdueReplies(to, viewer),
				overdueActionItems(to, viewer), commitments(from, to, viewer));
	}

	@Override
	public byte[] pdf(MeetingId id, Viewer viewer, Locale locale) {
		return BriefingPdf.render(pack(id, viewer), maps.geoJson(1), messages, locale);
	}

	/** Every incident of the period the viewer may see, page by page, under its governorate and main category. */
	private IncidentCounts incidentCounts(Instant from, Instant to, Viewer viewer) {
		var byGovernorate = new HashMap<String, Long>();
		var byCategory = new HashMap<String, Long>();
		long total = 0;
		for (int page = 0;; page++) {
			var found = incidents.list(new IncidentQuery(from, to, null, page, IncidentQuery.MAXIMUM_PAGE_SIZE), viewer);
			for (var incident : found.items()) {
				var profile = incident.profile();
				byGovernorate.merge(Objects.requireNonNullElse(profile.admin1Pcode(), ""), 1L, Long::sum);
				byCategory.merge(profile.categories().isEmpty() ? "" : profile.categories().getFirst().code(), 1L, Long::sum);
				total++;
			}
			if (!found.hasNext()) {
				return new IncidentCounts(total, counts(mostFirst(byGovernorate), this::governorateName),
						counts(mostFirst(byCategory), this::categoryName));
			}
		}
	}

	private record IncidentCounts(long total, List<BriefingPack.Count> byGovernorate, List<BriefingPack.Count> byCategory) {
	}

	/**
	 * Each guarantor's entries on incidents that began in the period, with how many the others all confirmed and how
	 * many are disputed; none where the viewer may not read the logs.
	 */
	private @Nullable List<BriefingPack.GuarantorLogCount> guarantorLogs(Instant from, Instant to, List<String> guarantors,
			Viewer viewer) {
		if (!viewer.asMember().map(m -> m.role().readsGuarantorMaterial()).orElse(false)) {
			return null;
		}
		var totals = new TreeMap<String, long[]>();
		guarantors.forEach(guarantor -> totals.put(guarantor, new long[3]));
		for (var entry : logs.entries(null, null, utcDay(from), utcDay(to), null, viewer)) {
			if (!within(entry.incidentStartedAt(), from, to)) {
				continue;
			}
			var total = totals.computeIfAbsent(entry.guarantor().value(), g -> new long[3]);
			total[0]++;
			switch (logs.status(entry)) {
				case CROSS_CONFIRMED -> total[1]++;
				case DISPUTED -> total[2]++;
				case AWAITING -> {
				}
			}
		}
		var result = new ArrayList<BriefingPack.GuarantorLogCount>();
		totals.forEach((guarantor, total) -> result.add(new BriefingPack.GuarantorLogCount(guarantor, total[0], total[1], total[2])));
		return result;
	}

	private BriefingPack.CaseFigures caseFigures(Instant from, Instant to, Viewer viewer) {
		var visible = cases.visibleTo(viewer, Integer.MAX_VALUE, 0);
		long opened = visible.stream().filter(c -> within(c.openedAt(), from, to)).count();
		var determined = visible.stream().filter(c -> c.determinedAt() != null && within(c.determinedAt(), from, to)).toList();
		long pending = visible.stream().filter(c -> !c.openedAt().isAfter(to) && !c.state().isClosed()
				&& c.state() != CaseState.DETERMINED).count();
		var days = determined.stream()
			.map(c -> Duration.between(c.filedAt(), Objects.requireNonNull(c.determinedAt())).toMinutes() / 1440.0)
			.sorted()
			.toList();
		Double median = days.isEmpty() ? null
				: days.size() % 2 == 1 ? days.get(days.size() / 2) : (days.get(days.size() / 2 - 1) + days.get(days.size() / 2)) / 2;
		return new BriefingPack.CaseFigures(opened, determined.size(), pending, median);
	}

	private List<BriefingPack.Overdue> overdueReplies(Instant at, Viewer viewer) {
		return cases.visibleTo(viewer, Integer.MAX_VALUE, 0).stream()
			.filter(c -> c.state() == CaseState.REPLY_REQUESTED && c.replies().isEmpty() && c.replyDueAt() != null
					&& c.replyDueAt().isBefore(at))
			.map(c -> new BriefingPack.Overdue(messages.getMessage("briefing.replyInCase", new Object[] { shortId(c) }, NAMES),
					String.join(", ", c.accused().stream().map(Object::toString).toList()), Objects.requireNonNull(c.replyDueAt())))
			.toList();
	}

	private List<BriefingPack.Overdue> overdueActionItems(Instant at, Viewer viewer) {
		return meetingsOverdue(at, viewer).stream()
			.map(a -> new BriefingPack.Overdue(a.text(), a.owner().value(), a.dueAt()))
			.toList();
	}

	private List<ActionItem> meetingsOverdue(Instant at, Viewer viewer) {
		return meetings.openActionItems(null).stream()
			.filter(a -> a.isOverdueAt(at) && viewer.asMember().map(m -> m.role().readsGuarantorMaterial() || m.owns(a.owner())).orElse(false))
			.toList();
	}

	private BriefingPack.CommitmentFigures commitments(Instant from, Instant to, Viewer viewer) {
		long due = 0;
		long met = 0;
		long missed = 0;
		for (var item : humanitarian.visibleTo(viewer)) {
			for (var commitment : item.commitments()) {
				if (commitment.isDueBetween(from, to)) {
					due++;
					if (commitment.isMet()) {
						met++;
					}
					else if (commitment.isMissedAt(to)) {
						missed++;
					}
				}
			}
		}
		return new BriefingPack.CommitmentFigures(due, met, missed, due - met - missed);
	}

	private String governorateName(String pcode) {
		if (pcode.isEmpty()) {
			return messages.getMessage("briefing.unlocated", null, NAMES);
		}
		return adminAreas.find(pcode).map(a -> a.name()).orElse(pcode);
	}

	private String categoryName(String code) {
		if (code.isEmpty()) {
			return messages.getMessage("briefing.uncategorised", null, NAMES);
		}
		return Category.ofCode(code).map(c -> messages.getMessage(c.messageKey(), null, code, NAMES)).orElse(code);
	}

	private String actorName(String id) {
		if (id.isEmpty()) {
			return messages.getMessage("briefing.unnamed", null, NAMES);
		}
		return actors.find(new ActorId(UUID.fromString(id))).map(a -> a.name()).orElse(id);
	}

	private static List<BriefingPack.Count> counts(Map<String, Long> counts, Function<String, String> label) {
		return counts.entrySet().stream().map(e -> new BriefingPack.Count(e.getKey(), label.apply(e.getKey()), e.getValue())).toList();
	}

	/** The counts, most first, ties by key. */
	private static Map<String, Long> mostFirst(Map<String, Long> counts) {
		var sorted = new LinkedHashMap<String, Long>();
		counts.entrySet().stream()
			.sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
			.forEach(e -> sorted.put(e.getKey(), e.getValue()));
		return sorted;
	}

	private static boolean within(Instant at, Instant from, Instant to) {
		return !at.isBefore(from) && at.isBefore(to);
	}

	/** The guarantors' logs are searched by the UTC day of their incidents. */
	private static LocalDate utcDay(Instant instant) {
		return LocalDate.ofInstant(instant, ZoneOffset.UTC);
	}

	private static String shortId(CaseSnapshot kase) {
		return kase.id().toString().substring(0, 8);
	}
}
