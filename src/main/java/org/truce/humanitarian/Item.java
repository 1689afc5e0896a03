package org.truce.humanitarian;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.truce.core.Confidentiality;
import org.truce.core.ConflictException;
import org.truce.core.DelegationCode;
import org.truce.core.ForbiddenException;
import org.truce.core.InvalidInputException;
import org.truce.core.NotFoundException;
import org.truce.core.Role;
import org.truce.core.Viewer;

/** A humanitarian item as an aggregate: its verbs check who acts and which moves its status allows. */
final class Item {

	static final int MAXIMUM_TEXT_LENGTH = 10_000;

	private HumanitarianItem state;
	private final List<Object> events = new ArrayList<>();

	Item(HumanitarianItem state) {
		this.state = state;
	}

	static Item raise(HumanitarianKind kind, String title, String description, Confidentiality level, DelegationCode by,
			Instant at) {
		var item = new Item(new HumanitarianItem(new HumanitarianItemId(UUID.randomUUID()), kind, text("title", title, 300),
				description.strip(), by, level, HumanitarianStatus.OPEN, at, List.of(), List.of()));
		item.events.add(new HumanitarianItemRaised(item.state.id(), kind, by, at));
		return item;
	}

	Commitment commit(DelegationCode party, Role partyRole, String text, Instant dueAt, Viewer.Member by, Instant at) {
		if (partyRole != Role.PARTY) {
			throw new InvalidInputException("party", party + " is not a party delegation");
		}
		if (!by.delegation().equals(party) && by.role() != Role.SECRETARIAT) {
			throw new ForbiddenException("A party commits for itself; the secretariat may record a commitment made in a meeting");
		}
		requireOpen();
		var commitment = new Commitment(UUID.randomUUID(), party, text("text", text, MAXIMUM_TEXT_LENGTH), dueAt, at,
				by.delegation(), null, null, null);
		replaceCommitments(append(state.commitments(), commitment));
		events.add(new CommitmentMade(state.id(), commitment.id(), party, dueAt, at));
		return commitment;
	}

	Commitment markMet(UUID commitmentId, @Nullable String note, Viewer.Member by, Instant at) {
		if (!by.role().readsGuarantorMaterial()) {
			throw new ForbiddenException("The secretariat or a guarantor records a commitment as met");
		}
		var commitment = state.commitments().stream().filter(c -> c.id().equals(commitmentId)).findFirst()
			.orElseThrow(() -> new NotFoundException("commitment", commitmentId));
		if (commitment.isMet()) {
			throw new ConflictException("The commitment was recorded as met at " + commitment.metAt());
		}
		var met = new Commitment(commitment.id(), commitment.party(), commitment.text(), commitment.dueAt(),
				commitment.recordedAt(), commitment.recordedBy(), at, by.delegation(), note == null || note.isBlank() ? null : note.strip());
		replaceCommitments(state.commitments().stream().map(c -> c.id().equals(commitmentId) ? met : c).toList());
		events.add(new CommitmentMet(state.id(), commitmentId, commitment.party(), by.delegation(), at));
		return met;
	}

	HumanitarianStatusChange changeStatus(HumanitarianStatus to, String reason, Viewer.Member by, Instant at) {
		if (by.role() != Role.SECRETARIAT && !by.delegation().equals(state.raisedBy())) {
			throw new ForbiddenException("The secretariat or the delegation that raised the item moves its status");
		}
		var checkedReason = text("reason", reason, MAXIMUM_TEXT_LENGTH);
		if (!state.status().next().contains(to)) {
			throw new ConflictException("A " + state.status() + " item cannot become " + to + "; it may become " + state.status().next());
		}
		var change = new HumanitarianStatusChange(state.statusHistory().size() + 1, state.status(), to, checkedReason,
				by.delegation(), at);
		state = new HumanitarianItem(state.id(), state.kind(), state.title(), state.description(), state.raisedBy(),
				state.confidentiality(), to, state.raisedAt(), state.commitments(), append(state.statusHistory(), change));
		events.add(new HumanitarianStatusChanged(state.id(), change.from(), to, by.delegation(), at));
		return change;
	}

	HumanitarianItem snapshot() {
		return state;
	}

	List<Object> takeEvents() {
		var taken = List.copyOf(events);
		events.clear();
		return taken;
	}

	private void requireOpen() {
		if (state.status().next().isEmpty()) {
			throw new ConflictException("The item is " + state.status() + ": no more commitments");
		}
	}

	private void replaceCommitments(List<Commitment> commitments) {
		state = new HumanitarianItem(state.id(), state.kind(), state.title(), state.description(), state.raisedBy(),
				state.confidentiality(), state.status(), state.raisedAt(), commitments, state.statusHistory());
	}

	private static String text(String field, String text, int maximum) {
		if (text.isBlank()) {
			throw new InvalidInputException(field, "is required");
		}
		if (text.length() > maximum) {
			throw new InvalidInputException(field, "must be at most " + maximum + " characters");
		}
		return text.strip();
	}

	private static <T> List<T> append(List<T> list, T item) {
		var longer = new ArrayList<>(list);
		longer.add(item);
		return longer;
	}
}
