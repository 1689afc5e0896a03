package org.truce.talks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.truce.core.DelegationCode;
import org.truce.core.ForbiddenException;
import org.truce.core.InvalidInputException;
import org.truce.core.NotFoundException;
import org.truce.core.Viewer;

/**
 * One party's thread with the mediator. Only the two of them know it exists: to anyone else every verb answers as for a
 * missing thread. The party speaks for itself; the mediator speaks, and relays what it chooses from other threads as
 * its own words.
 */
final class ProximityThread {

	private final ThreadId id;
	private final TalksId talksId;
	private final String talksTitle;
	private final DelegationCode party;
	private final DelegationCode mediator;
	private final List<Object> events = new ArrayList<>();

	ProximityThread(ThreadId id, TalksId talksId, String talksTitle, DelegationCode party, DelegationCode mediator) {
		this.id = id;
		this.talksId = talksId;
		this.talksTitle = talksTitle;
		this.party = party;
		this.mediator = mediator;
	}

	Message post(@Nullable String text, Viewer.Member by, Instant at) {
		if (!visibleTo(by)) {
			throw new NotFoundException("thread", id);
		}
		var author = by.owns(party) ? Author.PARTY : Author.MEDIATOR;
		var words = Texts.required("text", text, Texts.MESSAGE_LENGTH);
		var message = new Message(MessageId.random(), id, author, by.delegation(), words, at, null);
		events.add(new MessagePosted(message.id(), id, talksId, by.delegation(), at));
		return message;
	}

	/**
	 * Relays a message of this thread into another thread of the same talks, as the mediator's message with the given
	 * text. Checks the mediator first: a party relaying its own message learns nothing of the target it named.
	 *
	 * @param target the thread named as target, or null when the mediator may not see one by that id
	 */
	Message relay(Message source, @Nullable ProximityThread target, @Nullable String text, Viewer.Member by, Instant at) {
		if (!source.threadId().equals(id)) {
			throw new IllegalArgumentException("Message " + source.id() + " is not in thread " + id);
		}
		if (!visibleTo(by)) {
			throw new NotFoundException("message", source.id());
		}
		if (!by.owns(mediator)) {
			throw new ForbiddenException("Only the mediator relays messages");
		}
		if (target == null || !target.talksId.equals(talksId)) {
			throw new InvalidInputException("toThreadId", "must be another thread of the same talks");
		}
		if (target.id.equals(id)) {
			throw new InvalidInputException("toThreadId", "is the thread the message is in; relay it to another party's thread");
		}
		var relay = new Message(MessageId.random(), target.id, Author.MEDIATOR, mediator,
				Texts.required("text", text, Texts.MESSAGE_LENGTH), at, new Message.RelaySource(source.id(), id, party));
		events.add(new MessageRelayed(relay.id(), source.id(), id, target.id, talksId, mediator, at));
		return relay;
	}

	boolean visibleTo(Viewer viewer) {
		return viewer.asMember().map(member -> member.owns(party) || member.owns(mediator)).orElse(false);
	}

	/** The message as the viewer may read it: where a relay came from is the mediator's knowledge alone. */
	Message shownTo(Message message, Viewer viewer) {
		return viewer.asMember().map(member -> member.owns(mediator)).orElse(false) ? message : message.withoutProvenance();
	}

	ThreadSummary summary(Viewer viewer, List<Message> messages) {
		var side = viewer.asMember().map(member -> member.owns(party)).orElse(false) ? Author.PARTY : Author.MEDIATOR;
		return new ThreadSummary(id, talksId, talksTitle, party, mediator, side, messages.size(),
				messages.isEmpty() ? null : messages.getLast().postedAt());
	}

	/** The events raised since the thread was loaded, handed over once. */
	List<Object> takeEvents() {
		var taken = List.copyOf(events);
		events.clear();
		return taken;
	}

	ThreadId id() {
		return id;
	}

	DelegationCode party() {
		return party;
	}

	/** The delegation accountable for the thread: whom its ledger entries name. */
	DelegationCode mediator() {
		return mediator;
	}
}
