package org.truce.talks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.truce.core.DelegationCode;
import org.truce.ledger.Ledger;
import org.truce.ledger.LedgerRecord;
import org.truce.ledger.LedgerTicket;
import org.truce.ledger.SubjectContent;

import static org.truce.talks.Stored.delegation;
import static org.truce.talks.Stored.instant;
import static org.truce.talks.Stored.utc;

/**
 * Talks, threads and messages in PostgreSQL. Messages are inserted, never updated. Talks opened and every message are
 * logged in the ledger in the caller's transaction, with the salt kept in the row. A message's entry names it by its id
 * alone and names the mediator, who is accountable for the talks: neither its thread nor the party that wrote it may be
 * learnt from the public log.
 */
@Repository
class JdbcTalksStore {

	static final String OPENED = "talks.opened";
	static final String POSTED = "talks.message-posted";
	static final String RELAYED = "talks.message-relayed";
	static final List<String> TYPES = List.of(OPENED, POSTED, RELAYED);

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
	private final Ledger ledger;

	JdbcTalksStore(JdbcClient jdbc, Ledger ledger) {
		this.jdbc = jdbc;
		this.ledger = ledger;
	}

	LedgerTicket insert(Talks talks, DelegationCode openedBy, String username) {
		var content = SubjectContent.salted(talksContent(talks));
		jdbc.sql("""
				INSERT INTO talks (id, title, mediator, opened_at, opened_by_user, salt)
				VALUES (:id, :title, :mediator, :at, :user, :salt)""")
			.param("id", talks.id().value())
			.param("title", talks.title())
			.param("mediator", talks.mediator().value())
			.param("at", utc(talks.openedAt()))
			.param("user", username)
			.param("salt", content.salt())
			.update();
		for (var thread : talks.threads()) {
			jdbc.sql("INSERT INTO talks_thread (id, talks_id, party) VALUES (?, ?, ?)")
				.params(thread.id().value(), talks.id().value(), thread.party().value())
				.update();
		}
		return ledger.record(new LedgerRecord(OPENED, talks.id().toString(), openedBy, talks.openedAt(), content));
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

	/** @param mediator the talks' mediator, whom the message's entry names */
	LedgerTicket insertMessage(Message message, DelegationCode mediator, String username) {
		var content = SubjectContent.salted(messageContent(message));
		jdbc.sql("""
				INSERT INTO talks_message (id, thread_id, author, author_delegation, author_user, text, posted_at, relay_of, salt)
				VALUES (:id, :thread, :author, :delegation, :user, :text, :at, :relayOf, :salt)""")
			.param("id", message.id().value())
			.param("thread", message.threadId().value())
			.param("author", message.author().name())
			.param("delegation", message.delegation().value())
			.param("user", username)
			.param("text", message.text())
			.param("at", utc(message.postedAt()))
			.param("relayOf", message.relayOf() == null ? null : message.relayOf().messageId().value())
			.param("salt", content.salt())
			.update();
		return ledger.record(new LedgerRecord(message.relayOf() == null ? POSTED : RELAYED, message.id().toString(), mediator,
				message.postedAt(), content));
	}

	/** The stored talks and messages as the ledger hashed them, for re-verification. */
	Map<String, SubjectContent> logged(String type, Collection<String> subjectIds) {
		var contents = new HashMap<String, SubjectContent>();
		for (var subject : subjectIds) {
			UUID id;
			try {
				id = UUID.fromString(subject);
			}
			catch (IllegalArgumentException notAnId) {
				continue;
			}
			var table = type.equals(OPENED) ? "talks" : "talks_message";
			var salt = jdbc.sql("SELECT salt FROM " + table + " WHERE id = ? AND salt IS NOT NULL").param(id).query(byte[].class)
				.optional();
			if (salt.isEmpty()) {
				continue;
			}
			var content = type.equals(OPENED) ? findTalks(new TalksId(id)).map(JdbcTalksStore::talksContent)
					: findMessage(new MessageId(id)).filter(m -> (m.relayOf() == null) == type.equals(POSTED))
						.map(JdbcTalksStore::messageContent);
			content.ifPresent(found -> contents.put(subject, SubjectContent.of(salt.get(), found)));
		}
		return contents;
	}

	private static Map<String, Object> talksContent(Talks talks) {
		return Map.of("id", talks.id().toString(), "title", talks.title(), "mediator", talks.mediator().value(), "openedAt",
				talks.openedAt().toString(), "threads", talks.threads().stream()
					.sorted(Comparator.comparing(thread -> thread.party().value()))
					.map(thread -> Map.of("id", thread.id().toString(), "party", thread.party().value()))
					.toList());
	}

	/** Everything a message records, its author's delegation and, for a relay, the message it relays. */
	private static Map<String, Object> messageContent(Message message) {
		var content = new HashMap<String, Object>();
		content.put("id", message.id().toString());
		content.put("threadId", message.threadId().toString());
		content.put("author", message.author().name());
		content.put("delegation", message.delegation().value());
		content.put("text", message.text());
		content.put("postedAt", message.postedAt().toString());
		content.put("relayOf", message.relayOf() == null ? null : message.relayOf().messageId().toString());
		return content;
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
