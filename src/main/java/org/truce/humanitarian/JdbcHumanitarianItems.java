package org.truce.humanitarian;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
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

@Service
@Transactional
class JdbcHumanitarianItems implements HumanitarianItems {

	private static final String ITEM_COLUMNS = "id, kind, title, description, raised_by, confidentiality, status, raised_at";

	private final JdbcClient jdbc;
	private final Delegations delegations;
	private final AccessLog accessLog;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	JdbcHumanitarianItems(JdbcClient jdbc, Delegations delegations, AccessLog accessLog, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.delegations = delegations;
		this.accessLog = accessLog;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public HumanitarianItem raise(HumanitarianKind kind, String title, String description, @Nullable Confidentiality level,
			Viewer.Member by) {
		if (by.role() == Role.OBSERVER) {
			throw new ForbiddenException("Observers follow humanitarian items; they do not raise them");
		}
		var item = Item.raise(kind, title, description, level == null ? Confidentiality.MECHANISM : level, by.delegation(),
				clock.instant());
		insert(item.snapshot());
		publish(item);
		return item.snapshot();
	}

	@Override
	public HumanitarianItem commit(HumanitarianItemId id, DelegationCode party, String text, Instant dueAt, Viewer.Member by) {
		var item = lockVisible(id, by);
		var partyRole = delegations.find(party).map(d -> d.role())
			.orElseThrow(() -> new InvalidInputException("party", "no delegation has the code " + party));
		var commitment = item.commit(party, partyRole, text, dueAt, by, clock.instant());
		insertCommitment(id, commitment);
		publish(item);
		return item.snapshot();
	}

	@Override
	public HumanitarianItem markMet(HumanitarianItemId id, UUID commitment, @Nullable String note, Viewer.Member by) {
		var item = lockVisible(id, by);
		var met = item.markMet(commitment, note, by, clock.instant());
		jdbc.sql("UPDATE humanitarian_commitment SET met_at = :at, met_recorded_by = :by, note = :note WHERE id = :id")
			.param("at", utc(met.metAt()))
			.param("by", by.delegation().value())
			.param("note", met.note())
			.param("id", commitment)
			.update();
		publish(item);
		return item.snapshot();
	}

	@Override
	public HumanitarianItem changeStatus(HumanitarianItemId id, HumanitarianStatus status, String reason, Viewer.Member by) {
		var item = lockVisible(id, by);
		var from = item.snapshot().status();
		item.changeStatus(status, reason, by, clock.instant());
		jdbc.sql("UPDATE humanitarian_item SET status = :status WHERE id = :id").param("status", status.name())
			.param("id", id.value()).update();
		jdbc.sql("""
				INSERT INTO humanitarian_status_change (item_id, from_status, to_status, changed_by, changed_at, reason)
				VALUES (:id, :from, :to, :by, :at, :reason)""")
			.param("id", id.value())
			.param("from", from.name())
			.param("to", status.name())
			.param("by", by.delegation().value())
			.param("at", utc(clock.instant()))
			.param("reason", reason.strip())
			.update();
		publish(item);
		return item.snapshot();
	}

	@Override
	@Transactional(readOnly = true)
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
			.map(this::withCommitments)
			.toList();
	}

	@Override
	public HumanitarianItem seed(HumanitarianKind kind, String title, String description, Confidentiality level,
			DelegationCode raisedBy) {
		var existing = jdbc.sql("SELECT " + ITEM_COLUMNS + " FROM humanitarian_item WHERE title = ?").param(title)
			.query((rs, row) -> item(rs)).optional();
		if (existing.isPresent()) {
			return withCommitments(existing.get());
		}
		var item = Item.raise(kind, title, description, level, raisedBy, clock.instant());
		insert(item.snapshot());
		publish(item);
		return item.snapshot();
	}

	@Override
	public HumanitarianItem seedCommitment(HumanitarianItemId id, DelegationCode party, String text, Instant dueAt,
			@Nullable Instant metAt) {
		var item = load(id).orElseThrow(() -> notFound(id));
		if (item.commitments().stream().noneMatch(c -> c.party().equals(party) && c.text().equals(text))) {
			var commitment = new Commitment(UUID.randomUUID(), party, text, dueAt, clock.instant(), metAt,
					metAt == null ? null : party, null);
			insertCommitment(id, commitment);
			events.publishEvent(new CommitmentMade(id, commitment.id(), party, dueAt, clock.instant()));
		}
		return load(id).orElseThrow(() -> notFound(id));
	}

	private Item lockVisible(HumanitarianItemId id, Viewer viewer) {
		jdbc.sql("SELECT id FROM humanitarian_item WHERE id = ? FOR UPDATE").param(id.value()).query(UUID.class).optional();
		return new Item(load(id).filter(i -> viewer.canSee(i.confidentiality(), i.raisedBy())).orElseThrow(() -> notFound(id)));
	}

	private Optional<HumanitarianItem> load(HumanitarianItemId id) {
		return jdbc.sql("SELECT " + ITEM_COLUMNS + " FROM humanitarian_item WHERE id = ?").param(id.value())
			.query((rs, row) -> item(rs)).optional().map(this::withCommitments);
	}

	private HumanitarianItem withCommitments(HumanitarianItem item) {
		var commitments = jdbc.sql("""
				SELECT id, party, text, due_at, recorded_at, met_at, met_recorded_by, note FROM humanitarian_commitment
				WHERE item_id = ? ORDER BY due_at, id""")
			.param(item.id().value())
			.query((rs, row) -> new Commitment(rs.getObject("id", UUID.class), new DelegationCode(rs.getString("party")),
					rs.getString("text"), instant(rs, "due_at"), instant(rs, "recorded_at"), nullableInstant(rs, "met_at"),
					rs.getString("met_recorded_by") == null ? null : new DelegationCode(rs.getString("met_recorded_by")),
					rs.getString("note")))
			.list();
		return new HumanitarianItem(item.id(), item.kind(), item.title(), item.description(), item.raisedBy(),
				item.confidentiality(), item.status(), item.raisedAt(), commitments);
	}

	private void insert(HumanitarianItem item) {
		jdbc.sql("INSERT INTO humanitarian_item (" + ITEM_COLUMNS + ") VALUES (:id, :kind, :title, :description, :raisedBy, :level, :status, :at)")
			.param("id", item.id().value())
			.param("kind", item.kind().name())
			.param("title", item.title())
			.param("description", item.description())
			.param("raisedBy", item.raisedBy().value())
			.param("level", item.confidentiality().name())
			.param("status", item.status().name())
			.param("at", utc(item.raisedAt()))
			.update();
	}

	private void insertCommitment(HumanitarianItemId item, Commitment commitment) {
		jdbc.sql("""
				INSERT INTO humanitarian_commitment (id, item_id, party, text, due_at, recorded_at, met_at, met_recorded_by, note)
				VALUES (:id, :item, :party, :text, :due, :recorded, :met, :metBy, :note)""")
			.param("id", commitment.id())
			.param("item", item.value())
			.param("party", commitment.party().value())
			.param("text", commitment.text())
			.param("due", utc(commitment.dueAt()))
			.param("recorded", utc(commitment.recordedAt()))
			.param("met", commitment.metAt() == null ? null : utc(commitment.metAt()))
			.param("metBy", commitment.metRecordedBy() == null ? null : commitment.metRecordedBy().value())
			.param("note", commitment.note())
			.update();
	}

	private void publish(Item item) {
		item.takeEvents().forEach(events::publishEvent);
	}

	private static HumanitarianItem item(ResultSet rs) throws SQLException {
		return new HumanitarianItem(new HumanitarianItemId(rs.getObject("id", UUID.class)),
				HumanitarianKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("description"),
				new DelegationCode(rs.getString("raised_by")), Confidentiality.valueOf(rs.getString("confidentiality")),
				HumanitarianStatus.valueOf(rs.getString("status")), instant(rs, "raised_at"), List.of());
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
		var value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	private static NotFoundException notFound(HumanitarianItemId id) {
		return new NotFoundException("humanitarian item", id);
	}
}
