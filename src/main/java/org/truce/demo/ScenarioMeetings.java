package org.truce.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.truce.core.Confidentiality;
import org.truce.core.Role;
import org.truce.core.Viewer;
import org.truce.humanitarian.HumanitarianItems;
import org.truce.meeting.AgendaKind;
import org.truce.meeting.LineUpMember;
import org.truce.meeting.MeetingView;
import org.truce.meeting.Meetings;
import org.truce.talks.Proposals;

/**
 * The technical meeting of 6 February 2017 in Astana, behind closed doors: the review of the ceasefire's implementation,
 * the opposition's proposal, humanitarian cooperation and trust-building, with Jordan joining for the last item, each
 * party for the item that concerns it, and the UN attending; and the round of 15 and 16 February that takes over the
 * action item the first left open. Each step is played at its time in 2017: scheduled in late January, held, its
 * statement published and its minutes drafted on 6 and 7 February and approved by its participants. Each meeting is
 * seeded once, found by its title on later starts.
 */
@Component
class ScenarioMeetings {

	static final String TECHNICAL_MEETING = "Technical meeting on the implementation of the ceasefire";
	static final String FOLLOW_UP = "Astana talks, second round";
	private static final ZoneId ASTANA = ZoneId.of("Asia/Almaty");
	private static final Viewer.Member SECRETARIAT = new Viewer.Member("secretariat.kz", ReferenceScenario.KAZAKHSTAN,
			Role.SECRETARIAT);

	private final Meetings meetings;
	private final Proposals proposals;
	private final HumanitarianItems humanitarian;
	private final ScenarioClock clock;

	ScenarioMeetings(Meetings meetings, Proposals proposals, HumanitarianItems humanitarian, ScenarioClock clock) {
		this.meetings = meetings;
		this.proposals = proposals;
		this.humanitarian = humanitarian;
		this.clock = clock;
	}

	void seed() {
		if (existing(TECHNICAL_MEETING) != null) {
			return;
		}
		var id = at("2017-01-27T06:00:00Z", () -> meetings.schedule(TECHNICAL_MEETING, Instant.parse("2017-02-06T05:00:00Z"),
				Instant.parse("2017-02-06T12:00:00Z"), ASTANA, "Rixos President Hotel, Astana", SECRETARIAT)).id();
		var items = at("2017-01-30T06:00:00Z", () -> List.of(
				meetings.addAgendaItem(id, "Review of the implementation of the ceasefire since 30 December",
						AgendaKind.IMPLEMENTATION_REVIEW, null, SECRETARIAT),
				meetings.addAgendaItem(id, "The armed opposition's proposal on monitoring the ceasefire", AgendaKind.PROPOSAL,
						proposal(), SECRETARIAT),
				meetings.addAgendaItem(id, "Humanitarian cooperation: evacuations, convoys and access", AgendaKind.HUMANITARIAN,
						humanitarianItem("Aid convoy to Douma"), SECRETARIAT),
				meetings.addAgendaItem(id, "Trust-building: release of detainees and abductees", AgendaKind.TRUST_BUILDING, null,
						SECRETARIAT)));
		at("2017-01-31T06:00:00Z", () -> {
			for (var code : List.of(ReferenceScenario.RUSSIA, ReferenceScenario.TURKEY, ReferenceScenario.IRAN,
					ReferenceScenario.UNITED_NATIONS, ReferenceScenario.KAZAKHSTAN)) {
				meetings.invite(id, code, List.of(), SECRETARIAT);
			}
			meetings.invite(id, ReferenceScenario.JORDAN, List.of(items.get(3).id()), SECRETARIAT);
			meetings.invite(id, ReferenceScenario.OPPOSITION, List.of(items.get(1).id()), SECRETARIAT);
			return meetings.invite(id, ReferenceScenario.GOVERNMENT, List.of(items.get(2).id()), SECRETARIAT);
		});
		at("2017-02-04T10:00:00Z", () -> {
			meetings.setLineUp(id, ReferenceScenario.RUSSIA, List.of(new LineUpMember(ReferenceScenario.RUSSIA,
					"Head of the Russian delegation", "Ministry of Foreign Affairs"), new LineUpMember(ReferenceScenario.RUSSIA,
							"Military expert", "Ministry of Defence")), SECRETARIAT);
			meetings.setLineUp(id, ReferenceScenario.TURKEY, List.of(new LineUpMember(ReferenceScenario.TURKEY,
					"Head of the Turkish delegation", "Ministry of Foreign Affairs")), SECRETARIAT);
			return meetings.setLineUp(id, ReferenceScenario.IRAN, List.of(new LineUpMember(ReferenceScenario.IRAN,
					"Head of the Iranian delegation", "Ministry of Foreign Affairs")), SECRETARIAT);
		});
		at("2017-02-06T12:00:00Z", () -> meetings.markHeld(id, SECRETARIAT));
		at("2017-02-06T12:30:00Z", () -> meetings.decideActionItem(id, "Hand over the list of detainees for the first exchange",
				ReferenceScenario.GOVERNMENT, Instant.parse("2017-02-14T12:00:00Z"), SECRETARIAT));
		at("2017-02-06T13:00:00Z", () -> meetings.publishStatement(id, "The guarantors held a technical meeting in Astana on "
				+ "6 February 2017 on the implementation of the ceasefire. They discussed the proposal submitted by the armed "
				+ "opposition, humanitarian cooperation and measures of trust, and will meet again on 15 and 16 February.",
				SECRETARIAT));
		at("2017-02-07T09:00:00Z", () -> meetings.draftMinutes(id, "The participants reviewed the ceasefire's implementation "
				+ "since 30 December, discussed the opposition's proposal on monitoring, and agreed to set up a joint group to "
				+ "handle breaches and exchanges of detainees. Jordan took part in the discussion of trust-building measures.",
				Confidentiality.GUARANTORS, SECRETARIAT));
		var approvedAt = Instant.parse("2017-02-07T12:00:00Z");
		for (var participant : List.of(ReferenceScenario.RUSSIA, ReferenceScenario.TURKEY, ReferenceScenario.IRAN,
				ReferenceScenario.UNITED_NATIONS, ReferenceScenario.KAZAKHSTAN)) {
			approvedAt = approvedAt.plus(Duration.ofMinutes(30));
			clock.at(approvedAt, () -> meetings.approveMinutes(id, ReferenceScenario.member(participant)));
		}
		var followUp = at("2017-02-08T06:00:00Z", () -> meetings.schedule(FOLLOW_UP, Instant.parse("2017-02-15T05:00:00Z"),
				Instant.parse("2017-02-16T12:00:00Z"), ASTANA, "Rixos President Hotel, Astana", SECRETARIAT));
		at("2017-02-08T06:30:00Z", () -> meetings.invite(followUp.id(), ReferenceScenario.UNITED_NATIONS, List.of(), SECRETARIAT));
	}

	private <T> T at(String time, Supplier<T> step) {
		return clock.at(Instant.parse(time), step);
	}

	private @Nullable MeetingView existing(String title) {
		return meetings.visibleTo(SECRETARIAT).stream().filter(m -> m.title().equals(title)).findFirst().orElse(null);
	}

	private @Nullable UUID proposal() {
		return proposals.list(null, SECRETARIAT).stream()
			.filter(p -> p.title().equals(ScenarioTalks.PROPOSAL_TITLE))
			.findFirst()
			.map(p -> p.id().value())
			.orElse(null);
	}

	private @Nullable UUID humanitarianItem(String title) {
		return humanitarian.visibleTo(SECRETARIAT).stream().filter(i -> i.title().equals(title)).findFirst()
			.map(i -> i.id().value()).orElse(null);
	}
}
