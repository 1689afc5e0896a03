package org.truce.talks;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

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

	TalksService(JdbcTalksStore store, Delegations delegations, AccessLog accessLog, ApplicationEventPublisher events,
			Clock clock) {
		this.store = store;
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
		var thread = store.findThread(message.threadId()).filter(t -> t.visibleTo(viewer)).orElseThrow(() -> notFound(id));
		accessLog.recordRead(viewer, MESSAGE_SUBJECT, id.value(), Confidentiality.PRIVATE, thread.party());
		return thread.shownTo(message, viewer);
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
