package org.truce.talks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.truce.core.DelegationCode;

import static org.truce.talks.Stored.delegation;
import static org.truce.talks.Stored.instant;
import static org.truce.talks.Stored.utc;

/** Talks, threads and messages in PostgreSQL. Messages are inserted, never updated. */
@Repository
class JdbcTalksStore {

	private static final String THREAD = """
			SELECT th.id, th.talks_id, t.title, th.party, t.mediator FROM talks_thread th JOIN talks t ON t.id = th.talks_id""";

	/** A message with, for a relay, the message it relays and that message's thread and party. */
	private static final String MESSAGE = """
			SELECT m.id, m.thread_id, m.author, m.author_delegation, m.text, m.posted_at, m.relay_of,
			       source.thread_id AS source_thread, source_thread.party AS source_party
			FROM talks_message m
			LEFT JOIN talks_message source ON source.id = m.relay_of
			LEFT JOIN talks_thread source_thread ON source_thread.id = source.thread_id""";

	private final JdbcClient jdbc;

	JdbcTalksStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Talks talks, String username) {
		jdbc.sql("""
				INSERT INTO talks (id, title, mediator, opened_at, opened_by_user) VALUES (:id, :title, :mediator, :at, :user)""")
			.param("id", talks.id().value())
			.param("title", talks.title())
			.param("mediator", talks.mediator().value())
			.param("at", utc(talks.openedAt()))
			.param("user", username)
			.update();
		for (var thread : talks.threads()) {
			jdbc.sql("INSERT INTO talks_thread (id, talks_id, party) VALUES (?, ?, ?)")
				.params(thread.id().value(), talks.id().value(), thread.party().value())
				.update();
		}
	}

	Optional<Talks> findTalks(TalksId id) {
		var threads = jdbc.sql(THREAD + " WHERE th.talks_id = ? ORDER BY th.party").param(id.value())
			.query((rs, row) -> thread(rs))
			.list();
		return jdbc.sql("SELECT title, mediator, opened_at FROM talks WHERE id = ?").param(id.value())
			.query((rs, row) -> new Talks(id, rs.getString("title"), delegation(rs, "mediator"), instant(rs, "opened_at"),
					threads))
			.optional();
	}

	Optional<ProximityThread> findThread(ThreadId id) {
		return jdbc.sql(THREAD + " WHERE th.id = ?").param(id.value()).query((rs, row) -> thread(rs)).optional();
	}

	/** The threads a delegation takes part in, as the party or as the mediator, with their latest activity. */
	List<ThreadSummary> threadsOf(DelegationCode delegation) {
		return jdbc.sql("""
				SELECT th.id, th.talks_id, t.title, th.party, t.mediator,
				       count(m.id) AS messages, max(m.posted_at) AS last_message_at
				FROM talks_thread th
				JOIN talks t ON t.id = th.talks_id
				LEFT JOIN talks_message m ON m.thread_id = th.id
				WHERE th.party = :delegation OR t.mediator = :delegation
				GROUP BY th.id, th.talks_id, t.title, th.party, t.mediator, t.opened_at
				ORDER BY t.opened_at DESC, th.party""")
			.param("delegation", delegation.value())
			.query((rs, row) -> {
				var thread = thread(rs);
				var side = thread.party().equals(delegation) ? Author.PARTY : Author.MEDIATOR;
				return new ThreadSummary(thread.id(), new TalksId(rs.getObject("talks_id", UUID.class)), rs.getString("title"),
						thread.party(), delegation(rs, "mediator"), side, rs.getInt("messages"),
						Stored.nullableInstant(rs, "last_message_at"));
			})
			.list();
	}

	List<Message> messages(ThreadId thread) {
		return jdbc.sql(MESSAGE + " WHERE m.thread_id = ? ORDER BY m.seq").param(thread.value())
			.query((rs, row) -> message(rs))
			.list();
	}

	Optional<Message> findMessage(MessageId id) {
		return jdbc.sql(MESSAGE + " WHERE m.id = ?").param(id.value()).query((rs, row) -> message(rs)).optional();
	}

	void insertMessage(Message message, String username) {
		jdbc.sql("""
				INSERT INTO talks_message (id, thread_id, author, author_delegation, author_user, text, posted_at, relay_of)
				VALUES (:id, :thread, :author, :delegation, :user, :text, :at, :relayOf)""")
			.param("id", message.id().value())
			.param("thread", message.threadId().value())
			.param("author", message.author().name())
			.param("delegation", message.delegation().value())
			.param("user", username)
			.param("text", message.text())
			.param("at", utc(message.postedAt()))
			.param("relayOf", message.relayOf() == null ? null : message.relayOf().messageId().value())
			.update();
	}

	private static ProximityThread thread(ResultSet rs) throws SQLException {
		return new ProximityThread(new ThreadId(rs.getObject("id", UUID.class)),
				new TalksId(rs.getObject("talks_id", UUID.class)), rs.getString("title"), delegation(rs, "party"),
				delegation(rs, "mediator"));
	}

	private static Message message(ResultSet rs) throws SQLException {
		var relayOf = rs.getObject("relay_of", UUID.class);
		return new Message(new MessageId(rs.getObject("id", UUID.class)), new ThreadId(rs.getObject("thread_id", UUID.class)),
				Author.valueOf(rs.getString("author")), delegation(rs, "author_delegation"), rs.getString("text"),
				instant(rs, "posted_at"), relayOf == null ? null
						: new Message.RelaySource(new MessageId(relayOf), new ThreadId(rs.getObject("source_thread", UUID.class)),
								delegation(rs, "source_party")));
	}
}
