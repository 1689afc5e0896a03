package org.truce.humanitarian;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.truce.core.AccessLog;
import org.truce.core.Confidentiality;
import org.truce.core.DelegationCode;
import org.truce.core.ForbiddenException;
import org.truce.core.InvalidInputException;
import org.truce.core.NotFoundException;
import org.truce.core.Role;
import org.truce.core.Viewer;
import org.truce.core.VisibilityFilter;
import org.truce.identity.Delegations;
import org.truce.ledger.LedgerTicket;
import org.truce.ledger.LoggedSubject;
import org.truce.ledger.Recorded;
import org.truce.ledger.SubjectContent;

/**
 * Humanitarian items in PostgreSQL. Items, commitments and status changes are inserted, each logged in the ledger in the
 * same transaction with its salt kept in its row; a commitment met is the one update, logged as a subject of its own
 * (see {@link HumanitarianLedger}).
 */
@Service
@Transactional
class JdbcHumanitarianItems implements HumanitarianItems {

	private static final String ITEM_COLUMNS = "id, kind, title, description, raised_by, confidentiality, status, raised_at";

	private final JdbcClient jdbc;
	private final Delegations delegations;
	private final AccessLog accessLog;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final HumanitarianLedger ledger;

	JdbcHumanitarianItems(JdbcClient jdbc, Delegations delegations, AccessLog accessLog, ApplicationEventPublisher events,
			Clock clock, HumanitarianLedger ledger) {
		this.jdbc = jdbc;
		this.delegations = delegations;
		this.accessLog = accessLog;
		this.events = events;
		this.clock = clock;
		this.ledger = ledger;
	}

	@Override
	public Recorded<HumanitarianItem> raise(HumanitarianKind kind, String title, String description,
			@Nullable Confidentiality level, Viewer.Member by) {
		if (by.role() == Role.OBSERVER) {
			throw new ForbiddenException("Observers follow humanitarian items; they do not raise them");
		}
		var item = Item.raise(kind, title, description, level == null ? Confidentiality.MECHANISM : level, by.delegation(), now());
		var ticket = insert(item.snapshot());
		publish(item);
		return new Recorded<>(item.snapshot(), ticket);
	}

	@Override
	public Recorded<HumanitarianItem> commit(HumanitarianItemId id, DelegationCode party, String text, Instant dueAt,
			Viewer.Member by) {
		var item = lockVisible(id, by);
		var partyRole = delegations.find(party).map(d -> d.role())
			.orElseThrow(() -> new InvalidInputException("party", "no delegation has the code " + party));
		var commitment = item.commit(party, partyRole, text, dueAt.truncatedTo(ChronoUnit.MICROS), by, now());
		var ticket = insertCommitment(item.snapshot(), commitment);
		publish(item);
		return new Recorded<>(item.snapshot(), ticket);
	}

	@Override
	public Recorded<HumanitarianItem> markMet(HumanitarianItemId id, UUID commitment, @Nullable String note, Viewer.Member by) {
		var item = lockVisible(id, by);
		var met = item.markMet(commitment, note, by, now());
		var ticket = recordMet(item.snapshot(), met);
		publish(item);
		return new Recorded<>(item.snapshot(), ticket);
	}

	@Override
	public Recorded<HumanitarianItem> changeStatus(HumanitarianItemId id, HumanitarianStatus status, String reason,
			Viewer.Member by) {
		var item = lockVisible(id, by);
		var change = item.changeStatus(status, reason, by, now());
		var content = SubjectContent.salted(HumanitarianLedger.statusContent(id, change));
		jdbc.sql("UPDATE humanitarian_item SET status = :status WHERE id = :id").param("status", status.name())
			.param("id", id.value()).update();
		jdbc.sql("""
				INSERT INTO humanitarian_status_change (item_id, number, from_status, to_status, changed_by, changed_at, reason, salt)
				VALUES (:id, :number, :from, :to, :by, :at, :reason, :salt)""")
			.param("id", id.value())
			.param("number", change.number())
			.param("from", change.from().name())
			.param("to", change.to().name())
			.param("by", change.changedBy().value())
			.param("at", utc(change.changedAt()))
			.param("reason", change.reason())
			.param("salt", content.salt())
			.update();
		var ticket = ledger.statusChanged(id, change, content);
		publish(item);
		return new Recorded<>(item.snapshot(), ticket);
	}

	/** Read-write: a read of another delegation's narrow item is written to the access log. */
	@Override
	public HumanitarianItem get(HumanitarianItemId id, Viewer viewer) {
		var item = load(id).filter(i -> viewer.canSee(i.confidentiality(), i.raisedBy())).orElseThrow(() -> notFound(id));
		accessLog.recordRead(viewer, "humanitarian", id.value(), item.confidentiality(), item.raisedBy());
		return item;
	}

	@Override
	@Transactional(readOnly = true)
	public List<HumanitarianItem> visibleTo(Viewer viewer) {
		var visible = VisibilityFilter.of(viewer, "confidentiality", "raised_by");
		return jdbc.sql("SELECT " + ITEM_COLUMNS + " FROM humanitarian_item WHERE " + visible.sql() + " ORDER BY raised_at DESC, id")
			.params(visible.parameters())
			.query((rs, row) -> item(rs))
			.list()
			.stream()
			.map(this::whole)
			.toList();
	}

	@Override
	public LoggedSubject raisedLedgerEntry(HumanitarianItemId id, Viewer viewer) {
		get(id, viewer);
		return ledgerEntry(id.toString());
	}

	@Override
	public LoggedSubject statusLedgerEntry(HumanitarianItemId id, int number, Viewer viewer) {
		get(id, viewer);
		return ledgerEntry(HumanitarianLedger.statusSubject(id, number));
	}

	@Override
	public LoggedSubject commitmentLedgerEntry(HumanitarianItemId id, UUID commitment, Viewer viewer) {
		return ledgerEntry(commitmentOf(id, commitment, viewer).toString());
	}

	@Override
	public LoggedSubject metLedgerEntry(HumanitarianItemId id, UUID commitment, Viewer viewer) {
		return ledgerEntry(HumanitarianLedger.metSubject(commitmentOf(id, commitment, viewer)));
	}

	@Override
	public HumanitarianItem seed(HumanitarianKind kind, String title, String description, Confidentiality level,
			DelegationCode raisedBy) {
		var existing = jdbc.sql("SELECT " + ITEM_COLUMNS + " FROM humanitarian_item WHERE title = ?").param(title)
			.query((rs, row) -> item(rs)).optional();
		if (existing.isPresent()) {
			return whole(existing.get());
		}
		var item = Item.raise(kind, title, description, level, raisedBy, now());
		insert(item.snapshot());
		publish(item);
		return item.snapshot();
	}

	/** A seeded commitment is the party's own, as is its being met: made in the talks, not through the register. */
	@Override
	public HumanitarianItem seedCommitment(HumanitarianItemId id, DelegationCode party, String text, Instant dueAt,
			@Nullable Instant metAt) {
		var item = load(id).orElseThrow(() -> notFound(id));
		if (item.commitments().stream().noneMatch(c -> c.party().equals(party) && c.text().equals(text))) {
			var due = dueAt.truncatedTo(ChronoUnit.MICROS);
			var commitment = new Commitment(UUID.randomUUID(), party, text, due, now(), party, null, null, null);
			insertCommitment(item, commitment);
			events.publishEvent(new CommitmentMade(id, commitment.id(), party, due, commitment.recordedAt()));
			if (metAt != null) {
				recordMet(item, new Commitment(commitment.id(), party, text, due, commitment.recordedAt(), party,
						metAt.truncatedTo(ChronoUnit.MICROS), party, null));
			}
		}
		return load(id).orElseThrow(() -> notFound(id));
	}

	private LoggedSubject ledgerEntry(String subject) {
		return ledger.entryOf(subject).orElseThrow(() -> new NotFoundException("logged change", subject));
	}

	/** The commitment, if it is one of an item the viewer may see. */
	private UUID commitmentOf(HumanitarianItemId id, UUID commitment, Viewer viewer) {
		return get(id, viewer).commitments().stream().map(Commitment::id).filter(commitment::equals).findFirst()
			.orElseThrow(() -> new NotFoundException("commitment", commitment));
	}

	private Item lockVisible(HumanitarianItemId id, Viewer viewer) {
		jdbc.sql("SELECT id FROM humanitarian_item WHERE id = ? FOR UPDATE").param(id.value()).query(UUID.class).optional();
		return new Item(load(id).filter(i -> viewer.canSee(i.confidentiality(), i.raisedBy())).orElseThrow(() -> notFound(id)));
	}

	private Optional<HumanitarianItem> load(HumanitarianItemId id) {
		return jdbc.sql("SELECT " + ITEM_COLUMNS + " FROM humanitarian_item WHERE id = ?").param(id.value())
			.query((rs, row) -> item(rs)).optional().map(this::whole);
	}

	/** The item with its commitments and status history. */
	private HumanitarianItem whole(HumanitarianItem item) {
		var commitments = jdbc.sql("""
				SELECT id, party, text, due_at, recorded_at, recorded_by, met_at, met_recorded_by, note FROM humanitarian_commitment
				WHERE item_id = ? ORDER BY due_at, id""")
			.param(item.id().value())
			.query((rs, row) -> new Commitment(rs.getObject("id", UUID.class), new DelegationCode(rs.getString("party")),
					rs.getString("text"), instant(rs, "due_at"), instant(rs, "recorded_at"), delegation(rs, "recorded_by"),
					nullableInstant(rs, "met_at"), delegation(rs, "met_recorded_by"), rs.getString("note")))
			.list();
		var history = jdbc.sql("""
				SELECT number, from_status, to_status, reason, changed_by, changed_at FROM humanitarian_status_change
				WHERE item_id = ? ORDER BY number""")
			.param(item.id().value())
			.query((rs, row) -> new HumanitarianStatusChange(rs.getInt("number"),
					HumanitarianStatus.valueOf(rs.getString("from_status")), HumanitarianStatus.valueOf(rs.getString("to_status")),
					rs.getString("reason"), new DelegationCode(rs.getString("changed_by")), instant(rs, "changed_at")))
			.list();
		return new HumanitarianItem(item.id(), item.kind(), item.title(), item.description(), item.raisedBy(),
				item.confidentiality(), item.status(), item.raisedAt(), commitments, history);
	}

	private LedgerTicket insert(HumanitarianItem item) {
		var content = SubjectContent.salted(HumanitarianLedger.itemContent(item.id(), item.kind(), item.title(),
				item.description(), item.raisedBy(), item.confidentiality(), item.raisedAt()));
		jdbc.sql("INSERT INTO humanitarian_item (" + ITEM_COLUMNS + ", salt) "
				+ "VALUES (:id, :kind, :title, :description, :raisedBy, :level, :status, :at, :salt)")
			.param("id", item.id().value())
			.param("kind", item.kind().name())
			.param("title", item.title())
			.param("description", item.description())
			.param("raisedBy", item.raisedBy().value())
			.param("level", item.confidentiality().name())
			.param("status", item.status().name())
			.param("at", utc(item.raisedAt()))
			.param("salt", content.salt())
			.update();
		return ledger.raised(item, content);
	}

	private LedgerTicket insertCommitment(HumanitarianItem item, Commitment commitment) {
		var by = Objects.requireNonNull(commitment.recordedBy(), "A new commitment says who recorded it");
		var content = SubjectContent.salted(HumanitarianLedger.commitmentContent(item.id(), commitment.id(), commitment.party(),
				commitment.text(), commitment.dueAt(), commitment.recordedAt(), by));
		jdbc.sql("""
				INSERT INTO humanitarian_commitment (id, item_id, party, text, due_at, recorded_at, recorded_by, salt)
				VALUES (:id, :item, :party, :text, :due, :recorded, :by, :salt)""")
			.param("id", commitment.id())
			.param("item", item.id().value())
			.param("party", commitment.party().value())
			.param("text", commitment.text())
			.param("due", utc(commitment.dueAt()))
			.param("recorded", utc(commitment.recordedAt()))
			.param("by", by.value())
			.param("salt", content.salt())
			.update();
		return ledger.made(item, commitment, by, content);
	}

	/** Records a commitment as met: the one update of a commitment's row, logged as a subject of its own. */
	private LedgerTicket recordMet(HumanitarianItem item, Commitment met) {
		var at = Objects.requireNonNull(met.metAt(), "A commitment met says when");
		var by = Objects.requireNonNull(met.metRecordedBy(), "A commitment met says who recorded it");
		var content = SubjectContent.salted(HumanitarianLedger.metContent(met.id(), at, by, met.note()));
		jdbc.sql("UPDATE humanitarian_commitment SET met_at = :at, met_recorded_by = :by, note = :note, met_salt = :salt WHERE id = :id")
			.param("at", utc(at))
			.param("by", by.value())
			.param("note", met.note())
			.param("salt", content.salt())
			.param("id", met.id())
			.update();
		return ledger.met(item, met, by, at, content);
	}

	private void publish(Item item) {
		item.takeEvents().forEach(events::publishEvent);
	}

	/** The clock's instant to the microsecond, as PostgreSQL keeps it: what is logged is what is read back. */
	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private static HumanitarianItem item(ResultSet rs) throws SQLException {
		return new HumanitarianItem(new HumanitarianItemId(rs.getObject("id", UUID.class)),
				HumanitarianKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("description"),
				new DelegationCode(rs.getString("raised_by")), Confidentiality.valueOf(rs.getString("confidentiality")),
				HumanitarianStatus.valueOf(rs.getString("status")), instant(rs, "raised_at"), List.of(), List.of());
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
		var value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	static @Nullable DelegationCode delegation(ResultSet rs, String column) throws SQLException {
		var code = rs.getString(column);
		return code == null ? null : new DelegationCode(code);
	}

	private static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	private static NotFoundException notFound(HumanitarianItemId id) {
		return new NotFoundException("humanitarian item", id);
	}
}
