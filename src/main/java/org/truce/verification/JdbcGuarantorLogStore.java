package org.truce.verification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.truce.core.DelegationCode;
import org.truce.ledger.Ledger;
import org.truce.ledger.LedgerRecord;
import org.truce.ledger.LedgerTicket;
import org.truce.ledger.SubjectContent;

/** Log entries and their cross-checks, each row written once. */
@Repository
class JdbcGuarantorLogStore {

	static final String REGISTERED = "guarantor-log.registered";
	static final String CROSS_CHECKED = "guarantor-log.cross-checked";

	private final JdbcClient jdbc;
	private final Ledger ledger;

	JdbcGuarantorLogStore(JdbcClient jdbc, Ledger ledger) {
		this.jdbc = jdbc;
		this.ledger = ledger;
	}

	/**
	 * Stores a new entry and logs it in the ledger, in the caller's transaction.
	 *
	 * @return the ledger ticket, or none if the guarantor had already logged the incident
	 */
	Optional<LedgerTicket> insert(GuarantorLogEntry entry, String username) {
		var content = SubjectContent.salted(entryContent(entry));
		int inserted = jdbc.sql("""
				INSERT INTO guarantor_log_entry (id, incident_id, guarantor, note, incident_started_at, admin1_pcode, registered_at,
				                                 registered_by, salt)
				VALUES (:id, :incident, :guarantor, :note, :day, :admin1, :at, :by, :salt) ON CONFLICT (guarantor, incident_id) DO NOTHING""")
			.param("id", entry.id().value())
			.param("incident", entry.incidentId())
			.param("guarantor", entry.guarantor().value())
			.param("note", entry.note())
			.param("day", utc(entry.incidentStartedAt()))
			.param("admin1", entry.admin1Pcode())
			.param("at", utc(entry.registeredAt()))
			.param("by", username)
			.param("salt", content.salt())
			.update();
		if (inserted == 0) {
			return Optional.empty();
		}
		return Optional.of(ledger.record(new LedgerRecord(REGISTERED, entry.id().toString(), entry.guarantor(),
				entry.registeredAt(), content)));
	}

	LedgerTicket insertCrossCheck(LogEntryId entry, CrossCheck check, String username) {
		var content = SubjectContent.salted(checkContent(entry, check));
		jdbc.sql("""
				INSERT INTO log_cross_check (entry_id, guarantor, verdict, reason, at, answered_by, salt)
				VALUES (:entry, :guarantor, :verdict, :reason, :at, :by, :salt)""")
			.param("entry", entry.value())
			.param("guarantor", check.guarantor().value())
			.param("verdict", check.verdict().name())
			.param("reason", check.reason())
			.param("at", utc(check.at()))
			.param("by", username)
			.param("salt", content.salt())
			.update();
		return ledger.record(new LedgerRecord(CROSS_CHECKED, entry + "/" + check.guarantor(), check.guarantor(), check.at(), content));
	}

	/** The stored entries and cross-checks as the ledger hashed them, for re-verification. */
	Map<String, SubjectContent> logged(String type, Collection<String> subjectIds) {
		var contents = new HashMap<String, SubjectContent>();
		for (var subject : subjectIds) {
			var parts = subject.split("/", 2);
			UUID id;
			try {
				id = UUID.fromString(parts[0]);
			}
			catch (IllegalArgumentException notAnEntry) {
				continue;
			}
			var entry = find(new LogEntryId(id));
			var salt = jdbc.sql(type.equals(REGISTERED) ? "SELECT salt FROM guarantor_log_entry WHERE id = ?"
					: "SELECT salt FROM log_cross_check WHERE entry_id = ? AND guarantor = ?")
				.params(type.equals(REGISTERED) ? new Object[] { id } : new Object[] { id, parts.length > 1 ? parts[1] : "" })
				.query(byte[].class)
				.optional();
			if (entry.isEmpty() || salt.isEmpty() || salt.get() == null) {
				continue;
			}
			if (type.equals(REGISTERED)) {
				contents.put(subject, SubjectContent.of(salt.get(), entryContent(entry.get())));
			}
			else {
				entry.get().crossChecks().stream().filter(c -> parts.length > 1 && c.guarantor().value().equals(parts[1])).findFirst()
					.ifPresent(c -> contents.put(subject, SubjectContent.of(salt.get(), checkContent(entry.get().id(), c))));
			}
		}
		return contents;
	}

	private static Map<String, Object> entryContent(GuarantorLogEntry entry) {
		return Map.of("id", entry.id().toString(), "incidentId", entry.incidentId().toString(), "guarantor",
				entry.guarantor().value(), "note", entry.note(), "incidentStartedAt", micros(entry.incidentStartedAt()),
				"admin1Pcode", entry.admin1Pcode(), "registeredAt", micros(entry.registeredAt()));
	}

	private static Map<String, Object> checkContent(LogEntryId entry, CrossCheck check) {
		return Map.of("entryId", entry.toString(), "guarantor", check.guarantor().value(), "verdict", check.verdict().name(),
				"reason", check.reason(), "at", micros(check.at()));
	}

	/** Times as the database keeps them, to the microsecond, so that what was hashed is what is read back. */
	private static String micros(Instant at) {
		return at.truncatedTo(ChronoUnit.MICROS).toString();
	}

	/** Truncated here, since PostgreSQL would round the nanoseconds away and the hash would no longer match. */
	private static OffsetDateTime utc(Instant at) {
		return at.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
	}

	Optional<GuarantorLogEntry> lock(LogEntryId id) {
		return jdbc.sql("SELECT id FROM guarantor_log_entry WHERE id = ? FOR UPDATE").param(id.value()).query(UUID.class)
			.optional()
			.flatMap(found -> entries("e.id = :id", Map.of("id", id.value())).stream().findFirst());
	}

	Optional<GuarantorLogEntry> find(LogEntryId id) {
		return entries("e.id = :id", Map.of("id", id.value())).stream().findFirst();
	}

	List<GuarantorLogEntry> search(@Nullable DelegationCode guarantor, @Nullable UUID incident, @Nullable LocalDate from,
			@Nullable LocalDate to, @Nullable String admin1) {
		var conditions = new ArrayList<String>(List.of("TRUE"));
		var params = new HashMap<String, Object>();
		if (guarantor != null) {
			conditions.add("e.guarantor = :guarantor");
			params.put("guarantor", guarantor.value());
		}
		if (incident != null) {
			conditions.add("e.incident_id = :incident");
			params.put("incident", incident);
		}
		if (from != null) {
			conditions.add("e.incident_started_at >= :from");
			params.put("from", from.atStartOfDay().atOffset(ZoneOffset.UTC));
		}
		if (to != null) {
			conditions.add("e.incident_started_at < :to");
			params.put("to", to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
		}
		if (admin1 != null) {
			conditions.add("e.admin1_pcode = :admin1");
			params.put("admin1", admin1);
		}
		return entries(String.join(" AND ", conditions), params);
	}

	private List<GuarantorLogEntry> entries(String condition, Map<String, Object> params) {
		var rows = jdbc.sql("""
				SELECT e.id, e.incident_id, e.guarantor, e.note, e.incident_started_at, e.admin1_pcode, e.registered_at,
				       c.guarantor AS checker, c.verdict, c.reason, c.at
				FROM guarantor_log_entry e LEFT JOIN log_cross_check c ON c.entry_id = e.id
				WHERE\s""" + condition + " ORDER BY e.incident_started_at DESC, e.registered_at DESC, e.id, c.at")
			.params(params)
			.query(JdbcGuarantorLogStore::row)
			.list();
		var entries = new LinkedHashMap<UUID, GuarantorLogEntry>();
		for (var row : rows) {
			entries.merge(row.id().value(), row, (known, more) -> new GuarantorLogEntry(known.id(),
					known.incidentId(), known.guarantor(), known.note(), known.incidentStartedAt(), known.admin1Pcode(),
					known.registeredAt(), concat(known.crossChecks(), more.crossChecks())));
		}
		return List.copyOf(entries.values());
	}

	private static List<CrossCheck> concat(List<CrossCheck> a, List<CrossCheck> b) {
		var all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	/** One entry with at most one of its cross-checks, as one row of the join gives it. */
	private static GuarantorLogEntry row(ResultSet rs, int row) throws SQLException {
		var checker = rs.getString("checker");
		List<CrossCheck> checks = checker == null ? List.of()
				: List.of(new CrossCheck(new DelegationCode(checker), Verdict.valueOf(rs.getString("verdict")),
						rs.getString("reason"), rs.getObject("at", OffsetDateTime.class).toInstant()));
		return new GuarantorLogEntry(new LogEntryId(rs.getObject("id", UUID.class)), rs.getObject("incident_id", UUID.class),
				new DelegationCode(rs.getString("guarantor")), rs.getString("note"), rs.getObject("incident_started_at", OffsetDateTime.class).toInstant(),
				rs.getString("admin1_pcode"), rs.getObject("registered_at", OffsetDateTime.class).toInstant(), checks);
	}
}
