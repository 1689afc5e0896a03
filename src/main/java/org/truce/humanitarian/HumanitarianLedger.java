package org.truce.humanitarian;

import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.truce.core.Confidentiality;
import org.truce.core.DelegationCode;
import org.truce.ledger.Ledger;
import org.truce.ledger.LedgerRecord;
import org.truce.ledger.LedgerSubjects;
import org.truce.ledger.LedgerTicket;
import org.truce.ledger.LoggedSubject;
import org.truce.ledger.SubjectContent;

import static org.truce.humanitarian.JdbcHumanitarianItems.delegation;
import static org.truce.humanitarian.JdbcHumanitarianItems.instant;

/**
 * The humanitarian file's side of the ledger. An item raised is logged as {@code <item id>}, a move of its status as
 * {@code <item id>/status/<number>}, a commitment as {@code <commitment id>} and its being met as
 * {@code <commitment id>/met}: what was undertaken and whether it was kept are two subjects, each checked against the
 * columns that record it, so that recording a commitment as met leaves what was made verifiable. Each row keeps the salt
 * of its entry (a commitment two: {@code salt}, {@code met_salt}). The item's status as shown is checked with its latest
 * move.
 *
 * <p>The entry of a commitment, made or met, names the delegation that acted only on a {@code PUBLIC} item; on any
 * other it names the delegation that raised the item, accountable for it: that a party undertook something on an item
 * the public may not read — a release of detainees the guarantors alone follow — is itself confidential. Who committed,
 * and who recorded it as met, is in the content, for the item's readers.
 */
@Component
class HumanitarianLedger implements LedgerSubjects {

	static final String ITEM_RAISED = "humanitarian.item-raised";
	static final String STATUS_CHANGED = "humanitarian.status-changed";
	static final String COMMITMENT_MADE = "humanitarian.commitment-made";
	static final String COMMITMENT_MET = "humanitarian.commitment-met";

	private final JdbcClient jdbc;
	private final Ledger ledger;

	HumanitarianLedger(JdbcClient jdbc, Ledger ledger) {
		this.jdbc = jdbc;
		this.ledger = ledger;
	}

	@Override
	public Set<String> types() {
		return Set.of(ITEM_RAISED, STATUS_CHANGED, COMMITMENT_MADE, COMMITMENT_MET);
	}

	/** Logs the item as raised, in the caller's transaction; the content's salt goes into the item's row. */
	LedgerTicket raised(HumanitarianItem item, SubjectContent content) {
		return ledger.record(new LedgerRecord(ITEM_RAISED, item.id().toString(), item.raisedBy(), item.raisedAt(), content));
	}

	LedgerTicket statusChanged(HumanitarianItemId item, HumanitarianStatusChange change, SubjectContent content) {
		return ledger.record(new LedgerRecord(STATUS_CHANGED, statusSubject(item, change.number()), change.changedBy(),
				change.changedAt(), content));
	}

	/** @param by the delegation that recorded the commitment */
	LedgerTicket made(HumanitarianItem item, Commitment commitment, DelegationCode by, SubjectContent content) {
		return ledger.record(new LedgerRecord(COMMITMENT_MADE, commitment.id().toString(), accountable(item, by),
				commitment.recordedAt(), content));
	}

	LedgerTicket met(HumanitarianItem item, Commitment commitment, DelegationCode by, Instant at, SubjectContent content) {
		return ledger.record(new LedgerRecord(COMMITMENT_MET, metSubject(commitment.id()), accountable(item, by), at, content));
	}

	/** The logged subject with the content it hashes, once logged; for whoever may read the item. */
	Optional<LoggedSubject> entryOf(String subjectId) {
		return ledger.logged(this, subjectId);
	}

	static String statusSubject(HumanitarianItemId item, int number) {
		return item + "/status/" + number;
	}

	static String metSubject(UUID commitment) {
		return commitment + "/met";
	}

	/** Who the public log names for a commitment: see the class comment. */
	private static DelegationCode accountable(HumanitarianItem item, DelegationCode by) {
		return item.confidentiality() == Confidentiality.PUBLIC ? by : item.raisedBy();
	}

	static Map<String, Object> itemContent(HumanitarianItemId id, HumanitarianKind kind, String title, String description,
			DelegationCode raisedBy, Confidentiality confidentiality, Instant raisedAt) {
		return Map.of("itemId", id.toString(), "kind", kind.name(), "title", title, "description", description, "raisedBy",
				raisedBy.value(), "confidentiality", confidentiality.name(), "raisedAt", raisedAt.toString());
	}

	static Map<String, Object> statusContent(HumanitarianItemId item, HumanitarianStatusChange change) {
		return Map.of("itemId", item.toString(), "number", change.number(), "from", change.from().name(), "to",
				change.to().name(), "reason", change.reason(), "changedBy", change.changedBy().value(), "changedAt",
				change.changedAt().toString());
	}

	static Map<String, Object> commitmentContent(HumanitarianItemId item, UUID id, DelegationCode party, String text,
			Instant dueAt, Instant recordedAt, @Nullable DelegationCode recordedBy) {
		var content = new HashMap<String, Object>();
		content.put("commitmentId", id.toString());
		content.put("itemId", item.toString());
		content.put("party", party.value());
		content.put("text", text);
		content.put("dueAt", dueAt.toString());
		content.put("recordedAt", recordedAt.toString());
		content.put("recordedBy", recordedBy == null ? null : recordedBy.value());
		return content;
	}

	static Map<String, Object> metContent(UUID commitment, Instant metAt, @Nullable DelegationCode recordedBy,
			@Nullable String note) {
		var content = new HashMap<String, Object>();
		content.put("commitmentId", commitment.toString());
		content.put("metAt", metAt.toString());
		content.put("metRecordedBy", recordedBy == null ? null : recordedBy.value());
		content.put("note", note);
		return content;
	}

	@Override
	public Map<String, SubjectContent> contents(String type, Collection<String> subjectIds) {
		return switch (type) {
			case ITEM_RAISED -> items(ids(subjectIds, ""));
			case STATUS_CHANGED -> statusChanges(subjectIds);
			case COMMITMENT_MADE -> commitments(ids(subjectIds, ""), false);
			case COMMITMENT_MET -> commitments(ids(subjectIds, "/met"), true);
			default -> Map.of();
		};
	}

	private Map<String, SubjectContent> items(List<UUID> ids) {
		var contents = new HashMap<String, SubjectContent>();
		if (ids.isEmpty()) {
			return contents;
		}
		jdbc.sql("""
				SELECT id, kind, title, description, raised_by, confidentiality, raised_at, salt FROM humanitarian_item
				WHERE id IN (:ids) AND salt IS NOT NULL""")
			.param("ids", ids)
			.query((ResultSet rs) -> {
				var id = new HumanitarianItemId(rs.getObject("id", UUID.class));
				contents.put(id.toString(), SubjectContent.of(rs.getBytes("salt"), itemContent(id,
						HumanitarianKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("description"),
						new DelegationCode(rs.getString("raised_by")), Confidentiality.valueOf(rs.getString("confidentiality")),
						instant(rs, "raised_at"))));
			});
		return contents;
	}

	/** A move's content; the latest move's status is read from the item, where the register shows it. */
	private Map<String, SubjectContent> statusChanges(Collection<String> subjectIds) {
		var items = subjectIds.stream().map(subject -> uuid(subject.split("/", 2)[0])).flatMap(Optional::stream).distinct()
			.toList();
		var contents = new HashMap<String, SubjectContent>();
		if (items.isEmpty()) {
			return contents;
		}
		jdbc.sql("""
				SELECT s.item_id, s.number, s.from_status, s.reason, s.changed_by, s.changed_at, s.salt,
				       CASE WHEN s.number = max(s.number) OVER (PARTITION BY s.item_id) THEN i.status ELSE s.to_status END AS to_status
				FROM humanitarian_status_change s JOIN humanitarian_item i ON i.id = s.item_id
				WHERE s.item_id IN (:ids) AND s.salt IS NOT NULL""")
			.param("ids", items)
			.query((ResultSet rs) -> {
				var item = new HumanitarianItemId(rs.getObject("item_id", UUID.class));
				var change = new HumanitarianStatusChange(rs.getInt("number"), HumanitarianStatus.valueOf(rs.getString("from_status")),
						HumanitarianStatus.valueOf(rs.getString("to_status")), rs.getString("reason"),
						new DelegationCode(rs.getString("changed_by")), instant(rs, "changed_at"));
				contents.put(statusSubject(item, change.number()), SubjectContent.of(rs.getBytes("salt"), statusContent(item, change)));
			});
		contents.keySet().retainAll(Set.copyOf(subjectIds));
		return contents;
	}

	private Map<String, SubjectContent> commitments(List<UUID> ids, boolean met) {
		var contents = new HashMap<String, SubjectContent>();
		if (ids.isEmpty()) {
			return contents;
		}
		jdbc.sql("SELECT id, item_id, party, text, due_at, recorded_at, recorded_by, met_at, met_recorded_by, note, salt, met_salt "
				+ "FROM humanitarian_commitment WHERE id IN (:ids) AND " + (met ? "met_salt" : "salt") + " IS NOT NULL")
			.param("ids", ids)
			.query((ResultSet rs) -> {
				var id = rs.getObject("id", UUID.class);
				if (met) {
					var metAt = rs.getObject("met_at", OffsetDateTime.class);
					if (metAt != null) {
						contents.put(metSubject(id), SubjectContent.of(rs.getBytes("met_salt"),
								metContent(id, metAt.toInstant(), delegation(rs, "met_recorded_by"), rs.getString("note"))));
					}
				}
				else {
					var item = new HumanitarianItemId(rs.getObject("item_id", UUID.class));
					contents.put(id.toString(), SubjectContent.of(rs.getBytes("salt"), commitmentContent(item, id,
							new DelegationCode(rs.getString("party")), rs.getString("text"), instant(rs, "due_at"),
							instant(rs, "recorded_at"), delegation(rs, "recorded_by"))));
				}
			});
		return contents;
	}

	/** The ids named by subjects of the form {@code <id><suffix>}; others name nothing of this module's. */
	private static List<UUID> ids(Collection<String> subjectIds, String suffix) {
		return subjectIds.stream()
			.filter(subject -> subject.endsWith(suffix))
			.map(subject -> uuid(subject.substring(0, subject.length() - suffix.length())))
			.flatMap(Optional::stream)
			.toList();
	}

	private static Optional<UUID> uuid(String text) {
		try {
			return Optional.of(UUID.fromString(text));
		}
		catch (IllegalArgumentException notAnId) {
			return Optional.empty();
		}
	}
}
