package org.truce.meeting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.truce.agreement.ActorId;
import org.truce.agreement.Actors;
import org.truce.agreement.AdminAreas;
import org.truce.agreement.Agreements;
import org.truce.agreement.BoundaryMaps;
import org.truce.core.NotFoundException;
import org.truce.core.Viewer;
import org.truce.humanitarian.HumanitarianItems;
import org.truce.report.Category;
import org.truce.report.ReportStatistics;
import org.truce.report.ReportStatistics.Grouping;
import org.truce.verification.CaseSnapshot;
import org.truce.verification.CaseState;
import org.truce.verification.Cases;
import org.truce.verification.GuarantorLog;

@Service
@Transactional(readOnly = true)
class BriefingService implements Briefings {

	private final JdbcMeetingStore meetings;
	private final ReportStatistics reports;
	private final GuarantorLog logs;
	private final Cases cases;
	private final HumanitarianItems humanitarian;
	private final Agreements agreements;
	private final AdminAreas adminAreas;
	private final Actors actors;
	private final BoundaryMaps maps;
	private final MessageSource messages;
	private final Clock clock;

	BriefingService(JdbcMeetingStore meetings, ReportStatistics reports, GuarantorLog logs, Cases cases,
			HumanitarianItems humanitarian, Agreements agreements, AdminAreas adminAreas, Actors actors, BoundaryMaps maps,
			MessageSource messages, Clock clock) {
		this.meetings = meetings;
		this.reports = reports;
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
		var meeting = meetings.find(id).filter(m -> MeetingView.visibleTo(m, viewer)).orElseThrow(() -> new NotFoundException("meeting", id));
		var to = meeting.startsAt();
		var from = meetings.previous(to).map(MeetingSnapshot::startsAt)
			.or(() -> agreements.inForceAt(to).map(a -> a.effectiveFrom()))
			.orElse(to.minus(Duration.ofDays(30)));
		var member = viewer.asMember().orElseThrow();
		var byGovernorate = counts(reports.count(from, to, Grouping.GOVERNORATE, viewer),
				pcode -> adminAreas.find(pcode).map(a -> a.name()).orElse(pcode));
		return new BriefingPack(id, meeting.title(), from, to, member.delegation().value(), clock.instant(),
				byGovernorate.stream().mapToLong(BriefingPack.Count::count).sum(), byGovernorate,
				counts(reports.count(from, to, Grouping.CATEGORY, viewer), this::categoryName),
				counts(reports.count(from, to, Grouping.ALLEGED_PERPETRATOR, viewer), this::actorName),
				guarantorLogs(from, to, viewer), caseFigures(from, to, viewer), overdueReplies(to, viewer),
				overdueActionItems(to, viewer), commitments(from, to, viewer));
	}

	@Override
	public byte[] pdf(MeetingId id, Viewer viewer) {
		return BriefingPdf.render(pack(id, viewer), maps.geoJson(1));
	}

	private List<BriefingPack.GuarantorLogCount> guarantorLogs(Instant from, Instant to, Viewer viewer) {
		if (!viewer.asMember().map(m -> m.role().readsGuarantorMaterial()).orElse(false)) {
			return List.of();
		}
		var totals = new TreeMap<String, long[]>();
		for (var row : logs.daily(day(from), day(to), viewer)) {
			var total = totals.computeIfAbsent(row.guarantor().value(), g -> new long[3]);
			total[0] += row.logged();
			total[1] += row.crossConfirmed();
			total[2] += row.disputed();
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
			.map(c -> new BriefingPack.Overdue("Reply in case " + shortId(c), String.join(", ", c.accused().stream().map(Object::toString).toList()),
					Objects.requireNonNull(c.replyDueAt())))
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

	private String categoryName(String code) {
		return Category.ofCode(code).map(c -> messages.getMessage(c.messageKey(), null, code, Locale.ENGLISH)).orElse(code);
	}

	private String actorName(String id) {
		if (id.isEmpty()) {
			return "not named";
		}
		return actors.find(new ActorId(UUID.fromString(id))).map(a -> a.name()).orElse(id);
	}

	private static List<BriefingPack.Count> counts(Map<String, Long> counts, Function<String, String> label) {
		return counts.entrySet().stream().map(e -> new BriefingPack.Count(e.getKey(), label.apply(e.getKey()), e.getValue())).toList();
	}

	private static boolean within(Instant at, Instant from, Instant to) {
		return !at.isBefore(from) && at.isBefore(to);
	}

	private static LocalDate day(Instant instant) {
		return LocalDate.ofInstant(instant, ZoneOffset.UTC);
	}

	private static String shortId(CaseSnapshot kase) {
		return kase.id().toString().substring(0, 8);
	}
}
