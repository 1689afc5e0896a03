package org.truce.meeting;

import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.truce.core.InvalidInputException;
import org.truce.core.NotFoundException;
import org.truce.core.Viewer;
import org.truce.humanitarian.HumanitarianItemId;
import org.truce.humanitarian.HumanitarianItems;
import org.truce.talks.ProposalId;
import org.truce.talks.Proposals;
import org.truce.verification.CaseId;
import org.truce.verification.Cases;

/** Checks that what an agenda item links to exists and is visible to the secretariat member setting the agenda. */
@Component
class AgendaSubjects {

	private final Cases cases;
	private final HumanitarianItems humanitarian;
	private final Proposals proposals;

	AgendaSubjects(Cases cases, HumanitarianItems humanitarian, Proposals proposals) {
		this.cases = cases;
		this.humanitarian = humanitarian;
		this.proposals = proposals;
	}

	void check(AgendaKind kind, UUID subject, Viewer viewer) {
		try {
			switch (kind) {
				case CASE -> cases.get(new CaseId(subject), viewer);
				case HUMANITARIAN -> humanitarian.get(new HumanitarianItemId(subject), viewer);
				case PROPOSAL -> proposals.find(new ProposalId(subject), viewer)
					.orElseThrow(() -> new NotFoundException("proposal", subject));
				case ACTION_ITEM_FOLLOW_UP, IMPLEMENTATION_REVIEW, TRUST_BUILDING, OTHER -> {
				}
			}
		}
		catch (NotFoundException e) {
			throw new InvalidInputException("subjectId", "no " + kind.name().toLowerCase(Locale.ROOT) + " has this id");
		}
	}
}
