package org.truce.talks;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.truce.core.AccessLog;
import org.truce.core.Confidentiality;
import org.truce.core.NotFoundException;
import org.truce.core.Viewer;
import org.truce.identity.Delegation;
import org.truce.identity.Delegations;
import org.truce.ledger.LoggedSubject;

@Service
@Transactional
class TalksService implements ProximityTalks {

	/** How the access log names what the mediator reads: messages are PRIVATE to their thread, owned by its party. */
	private static final String THREAD_SUBJECT = "talks-thread";
	private static final String MESSAGE_SUBJECT = "talks-message";

	private final JdbcTalksStore store;
	private final Delegations delegations;
	private final AccessLog accessLog;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final TalksLedger ledger;

	TalksService(JdbcTalksStore store, Delegations delegations, AccessLog accessLog, ApplicationEventPublisher events,
			Clock clock, TalksLedger ledger) {
		this.store = store;
		this.ledger = ledger;
		this.delegations = delegations;
		this.accessLog = accessLog;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public Recorded<TalksDetails> open(NewTalks draft, Viewer.Member by) {
		var talks = Talks.open(draft, code -> delegations.find(code).map(Delegation::role), by, Stored.now(clock));
		return new Recorded<>(talks.details(), store.insert(talks, by.delegation(), by.username()));
	}

	@Override
	public Optional<TalksDetails> find(TalksId id, Viewer viewer) {
		return store.findTalks(id).filter(talks -> talks.visibleTo(viewer)).map(Talks::details);
	}

	@Override
	public List<ThreadSummary> threads(Viewer viewer) {
		return viewer.asMember().map(member -> store.threadsOf(member.delegation())).orElse(List.of());
	}

	@Override
	public ThreadDetails thread(ThreadId id, Viewer viewer) {
		var thread = visibleThread(id, viewer);
		var messages = store.messages(id).stream().map(message -> thread.shownTo(message, viewer)).toList();
		accessLog.recordRead(viewer, THREAD_SUBJECT, id.value(), Confidentiality.PRIVATE, thread.party());
		return new ThreadDetails(thread.summary(viewer, messages), messages);
	}

	@Override
	public Message message(MessageId id, Viewer viewer) {
		var message = store.findMessage(id).orElseThrow(() -> notFound(id));
		return read(message, viewer, thread -> true).shownTo(message, viewer);
	}

	@Override
	public LoggedSubject ledgerEntry(TalksId id, Viewer viewer) {
		find(id, viewer).orElseThrow(() -> new NotFoundException("talks", id));
		return ledger.entryOf(id.toString()).orElseThrow(() -> new NotFoundException("logged talks", id));
	}

	@Override
	public LoggedSubject messageLedgerEntry(MessageId id, Viewer viewer) {
		var message = store.findMessage(id).orElseThrow(() -> notFound(id));
		read(message, viewer, thread -> thread.shownTo(message, viewer).equals(message));
		return ledger.entryOf(id.toString()).orElseThrow(() -> new NotFoundException("logged message", id));
	}

	/**
	 * The thread of a message the viewer may see, if it may read the message as asked; the read is recorded in the access
	 * log. Otherwise the message is not found.
	 */
	private ProximityThread read(Message message, Viewer viewer, Predicate<ProximityThread> readable) {
		var thread = store.findThread(message.threadId()).filter(t -> t.visibleTo(viewer) && readable.test(t))
			.orElseThrow(() -> notFound(message.id()));
		accessLog.recordRead(viewer, MESSAGE_SUBJECT, message.id().value(), Confidentiality.PRIVATE, thread.party());
		return thread;
	}

	@Override
	public Recorded<Message> post(ThreadId id, @Nullable String text, Viewer.Member by) {
		var thread = store.findThread(id).orElseThrow(() -> new NotFoundException("thread", id));
		var message = thread.post(text, by, Stored.now(clock));
		var ticket = store.insertMessage(message, thread.mediator(), by.username());
		thread.takeEvents().forEach(events::publishEvent);
		return new Recorded<>(message, ticket);
	}

	@Override
	public Recorded<Message> relay(MessageId id, @Nullable ThreadId to, @Nullable String text, Viewer.Member by) {
		var source = store.findMessage(id).orElseThrow(() -> notFound(id));
		var thread = store.findThread(source.threadId()).orElseThrow(() -> notFound(id));
		var target = to == null ? null : store.findThread(to).filter(t -> t.visibleTo(by)).orElse(null);
		var relay = thread.relay(source, target, text, by, Stored.now(clock));
		var ticket = store.insertMessage(relay, thread.mediator(), by.username());
		thread.takeEvents().forEach(events::publishEvent);
		return new Recorded<>(relay, ticket);
	}

	private ProximityThread visibleThread(ThreadId id, Viewer viewer) {
		return store.findThread(id)
			.filter(thread -> thread.visibleTo(viewer))
			.orElseThrow(() -> new NotFoundException("thread", id));
	}

	private static NotFoundException notFound(MessageId id) {
		return new NotFoundException("message", id);
	}
}
