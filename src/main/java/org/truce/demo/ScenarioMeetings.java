package org.truce.demo;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

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
 * party for the item that concerns it, and the UN attending; and the round of 15 February that takes over the action item the first left open. Each meeting is
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

	ScenarioMeetings(Meetings meetings, Proposals proposals, HumanitarianItems humanitarian) {
		this.meetings = meetings;
		this.proposals = proposals;
		this.humanitarian = humanitarian;
	}

	void seed() {
		if (existing(TECHNICAL_MEETING) != null) {
			return;
		}
		var technical = meetings.schedule(TECHNICAL_MEETING, Instant.parse("2017-02-06T05:00:00Z"),
				Instant.parse("2017-02-06T12:00:00Z"), ASTANA, "Rixos President Hotel, Astana", SECRETARIAT);
		var id = technical.id();
		meetings.addAgendaItem(id, "Review of the implementation of the ceasefire since 30 December",
				AgendaKind.IMPLEMENTATION_REVIEW, null, SECRETARIAT);
		var proposalItem = meetings.addAgendaItem(id, "The armed opposition's proposal on monitoring the ceasefire",
				AgendaKind.PROPOSAL, proposal(), SECRETARIAT);
		var humanitarianItem = meetings.addAgendaItem(id, "Humanitarian cooperation: evacuations, convoys and access",
				AgendaKind.HUMANITARIAN, humanitarianItem("Aid convoy to Douma"), SECRETARIAT);
		var trust = meetings.addAgendaItem(id, "Trust-building: release of detainees and abductees", AgendaKind.TRUST_BUILDING,
				null, SECRETARIAT);
		for (var code : List.of(ReferenceScenario.RUSSIA, ReferenceScenario.TURKEY, ReferenceScenario.IRAN,
				ReferenceScenario.UNITED_NATIONS, ReferenceScenario.KAZAKHSTAN)) {
			meetings.invite(id, code, List.of(), SECRETARIAT);
		}
		meetings.invite(id, ReferenceScenario.JORDAN, List.of(trust.id()), SECRETARIAT);
		meetings.invite(id, ReferenceScenario.OPPOSITION, List.of(proposalItem.id()), SECRETARIAT);
		meetings.invite(id, ReferenceScenario.GOVERNMENT, List.of(humanitarianItem.id()), SECRETARIAT);
		meetings.setLineUp(id, ReferenceScenario.RUSSIA, List.of(new LineUpMember(ReferenceScenario.RUSSIA,
				"Head of the Russian delegation", "Ministry of Foreign Affairs"), new LineUpMember(ReferenceScenario.RUSSIA,
						"Military expert", "Ministry of Defence")), SECRETARIAT);
		meetings.setLineUp(id, ReferenceScenario.TURKEY, List.of(new LineUpMember(ReferenceScenario.TURKEY,
				"Head of the Turkish delegation", "Ministry of Foreign Affairs")), SECRETARIAT);
		meetings.setLineUp(id, ReferenceScenario.IRAN, List.of(new LineUpMember(ReferenceScenario.IRAN,
				"Head of the Iranian delegation", "Ministry of Foreign Affairs")), SECRETARIAT);
		meetings.markHeld(id, SECRETARIAT);
		meetings.draftMinutes(id, "The participants reviewed the ceasefire's implementation since 30 December, discussed the "
				+ "opposition's proposal on monitoring, and agreed to set up a joint group to handle breaches and exchanges of "
				+ "detainees. Jordan took part in the discussion of trust-building measures.", Confidentiality.GUARANTORS,
				SECRETARIAT);
		meetings.publishStatement(id, "The guarantors held a technical meeting in Astana on 6 February 2017 on the "
				+ "implementation of the ceasefire. They discussed the proposal submitted by the armed opposition, "
				+ "humanitarian cooperation and measures of trust, and will meet again on 15 and 16 February.", SECRETARIAT);
		meetings.decideActionItem(id, "Hand over the list of detainees for the first exchange", ReferenceScenario.GOVERNMENT,
				Instant.parse("2017-02-14T12:00:00Z"), SECRETARIAT);
		var followUp = meetings.schedule(FOLLOW_UP, Instant.parse("2017-02-15T05:00:00Z"), Instant.parse("2017-02-16T12:00:00Z"),
				ASTANA, "Rixos President Hotel, Astana", SECRETARIAT);
		meetings.invite(followUp.id(), ReferenceScenario.UNITED_NATIONS, List.of(), SECRETARIAT);
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
