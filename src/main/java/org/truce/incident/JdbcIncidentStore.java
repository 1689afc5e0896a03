package org.truce.incident;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.truce.agreement.ActorId;
import org.truce.core.Confidentiality;
import org.truce.core.DelegationCode;
import org.truce.core.GeoPoint;
import org.truce.core.Viewer;
import org.truce.core.VisibilityFilter;
import org.truce.incident.Link.AnalystDecision;
import org.truce.incident.correlation.ReportFeatures;
import org.truce.incident.correlation.TermFrequencies;
import org.truce.report.Category;
import org.truce.report.LocationPrecision;
import org.truce.report.ReportId;
import org.truce.report.TimePrecision;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Incidents, their links and history, and the module's copies of reports, in PostgreSQL. */
@Repository
class JdbcIncidentStore {

	/** The key of the transaction-scoped advisory lock that puts the engine's and the analysts' changes one after another. */
	private static final long CORRELATION_LOCK = 0x7472_7563_6549_4e43L;
	private static final TypeReference<List<Factor>> FACTORS = new TypeReference<>() {
	};
	private static final String SNAPSHOT_COLUMNS = """
			r.report_id, r.revision, r.source_delegation, r.confidentiality, r.occurred_from, r.occurred_to,
			r.time_precision, r.lat, r.lon, r.location_precision, r.admin1_pcode, r.category, r.perpetrator_id,
			r.target_actor_id, r.killed, r.civilians_killed, r.terms""";
	private static final String MEMBERS = "FROM incident_link l JOIN incident_report r ON r.report_id = l.report_id WHERE l.member";

	private final JdbcClient jdbc;
	private final NamedParameterJdbcTemplate batch;
	private final JsonMapper json;

	JdbcIncidentStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch, JsonMapper json) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.json = json;
	}

	/** Waits for, then holds until the transaction ends, the lock every change to incidents takes. */
	void lockCorrelation() {
		jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(CORRELATION_LOCK).query((rs, row) -> 1).single();
	}

	/** Records a newly filed report, pending correlation; one already recorded is left as it is. */
	boolean insertSnapshot(ReportSnapshot snapshot) {
		return jdbc.sql("INSERT INTO incident_report (" + columns() + ") VALUES (" + values() + ", true) ON CONFLICT DO NOTHING")
			.params(snapshotParameters(snapshot))
			.update() == 1;
	}

	/**
	 * Brings the copy of an amended report up to date (never back to an older revision) and marks it pending: the next
	 * pass counts its new terms and places it again, unless an analyst has confirmed where it counts.
	 */
	void refreshSnapshot(ReportSnapshot snapshot) {
		jdbc.sql("INSERT INTO incident_report (" + columns() + ") VALUES (" + values() + ", true) ON CONFLICT (report_id) DO UPDATE SET "
				+ "revision = EXCLUDED.revision, source_delegation = EXCLUDED.source_delegation, "
				+ "confidentiality = EXCLUDED.confidentiality, occurred_from = EXCLUDED.occurred_from, "
				+ "occurred_to = EXCLUDED.occurred_to, time_precision = EXCLUDED.time_precision, lat = EXCLUDED.lat, "
				+ "lon = EXCLUDED.lon, location_precision = EXCLUDED.location_precision, admin1_pcode = EXCLUDED.admin1_pcode, "
				+ "category = EXCLUDED.category, perpetrator_id = EXCLUDED.perpetrator_id, "
				+ "target_actor_id = EXCLUDED.target_actor_id, killed = EXCLUDED.killed, "
				+ "civilians_killed = EXCLUDED.civilians_killed, terms = EXCLUDED.terms, reach = EXCLUDED.reach, "
				+ "extent = EXCLUDED.extent, pending = true WHERE incident_report.revision <= EXCLUDED.revision")
			.params(snapshotParameters(snapshot))
			.update();
	}

	Optional<ReportSnapshot> snapshot(ReportId report) {
		return jdbc.sql("SELECT " + SNAPSHOT_COLUMNS + " FROM incident_report r WHERE r.report_id = ?")
			.param(report.value())
			.query((rs, row) -> snapshot(rs))
			.optional();
	}

	/** The reports awaiting correlation, oldest event first, with the incident each counts in if it counts in one. */
	List<Pending> pending(int limit) {
		return jdbc.sql("SELECT " + SNAPSHOT_COLUMNS + ", m.incident_id AS member_of FROM incident_report r "
				+ "LEFT JOIN incident_link m ON m.report_id = r.report_id AND m.member WHERE r.pending "
				+ "ORDER BY r.occurred_from, r.report_id LIMIT :limit")
			.param("limit", limit)
			.query((rs, row) -> new Pending(snapshot(rs), incidentId(rs, "member_of")))
			.list();
	}

	/**
	 * Marks the reports placed, each only at the revision that was placed: an amendment recorded meanwhile stays
	 * pending for the next pass.
	 */
	void markCorrelated(Collection<ReportSnapshot> placed) {
		batch.batchUpdate("UPDATE incident_report SET pending = false WHERE report_id = :report AND revision = :revision",
				placed.stream().map(snapshot -> new MapSqlParameterSource()
					.addValue("report", snapshot.features().id().value())
					.addValue("revision", snapshot.revision()))
					.toArray(MapSqlParameterSource[]::new));
	}

	/**
	 * Counts the terms of the reports about to be placed in the term frequencies — moving an amended report's counts from
	 * the terms it had to those it has — before the pass weighs shared terms by them.
	 */
	void countTerms(Collection<ReportSnapshot> reports) {
		if (reports.isEmpty()) {
			return;
		}
		var ids = reports.stream().map(r -> r.features().id().value()).toArray(UUID[]::new);
		var changes = new HashMap<String, Long>();
		long newlyCounted = 0;
		for (var row : jdbc.sql("SELECT terms, counted_terms FROM incident_report WHERE report_id = ANY(?)")
			.param(ids)
			.query((rs, n) -> new CountedTerms(strings(rs, "terms"), rs.getArray("counted_terms") == null ? null
					: strings(rs, "counted_terms")))
			.list()) {
			if (row.counted() == null) {
				newlyCounted++;
			}
			else {
				row.counted().forEach(term -> changes.merge(term, -1L, Long::sum));
			}
			row.terms().forEach(term -> changes.merge(term, 1L, Long::sum));
		}
		changes.values().removeIf(change -> change == 0);
		batch.batchUpdate("""
				INSERT INTO incident_term (term, reports) VALUES (:term, GREATEST(:change, 0))
				ON CONFLICT (term) DO UPDATE SET reports = GREATEST(incident_term.reports + :change, 0)""",
				changes.entrySet().stream()
					.map(change -> new MapSqlParameterSource("term", change.getKey()).addValue("change", change.getValue()))
					.toArray(MapSqlParameterSource[]::new));
		jdbc.sql("UPDATE incident_term_count SET reports = reports + ?").param(newlyCounted).update();
		jdbc.sql("UPDATE incident_report SET counted_terms = terms WHERE report_id = ANY(?)").param(ids).update();
	}

	/** How rare each of the terms is among the reports counted so far. */
	TermFrequencies termFrequencies(Set<String> terms) {
		long reports = jdbc.sql("SELECT reports FROM incident_term_count").query(Long.class).single();
		var counts = new HashMap<String, Long>();
		jdbc.sql("SELECT term, reports FROM incident_term WHERE term = ANY(?)")
			.param(terms.toArray(String[]::new))
			.query((rs, n) -> counts.put(rs.getString("term"), rs.getLong("reports")))
			.list();
		return TermFrequencies.of(reports, counts);
	}

	void hold(IncidentId incident) {
		jdbc.sql("UPDATE incident SET held = true WHERE id = ?").param(incident.value()).update();
	}

	/** Which of the incidents are held: a guarantor logged them, or a case is open on them. */
	Set<IncidentId> held(Collection<IncidentId> incidents) {
		if (incidents.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(jdbc.sql("SELECT id FROM incident WHERE held AND id IN (:ids)")
			.param("ids", incidents.stream().map(IncidentId::value).toList())
			.query((rs, row) -> new IncidentId(rs.getObject("id", UUID.class)))
			.list());
	}

	/**
	 * The live path's pre-filter: the incidents counting a report whose time reach and location box meet the report's,
	 * through the GiST indexes — leaving out the incidents the report was rejected from.
	 */
	Set<IncidentId> candidateIncidents(ReportFeatures report) {
		var box = report.searchBox();
		return Set.copyOf(jdbc.sql("SELECT DISTINCT l.incident_id " + MEMBERS + "\n" + """
				 AND r.reach && tstzrange(:from, :to, '[]')
				 AND r.extent && box(point(:minLon, :minLat), point(:maxLon, :maxLat))
				 AND r.report_id <> :self
				 AND l.incident_id NOT IN (SELECT x.incident_id FROM incident_link x WHERE x.report_id = :self AND x.status = 'REJECTED')""")
			.param("from", utc(report.reachFrom()))
			.param("to", utc(report.reachTo()))
			.param("minLon", box.minLon())
			.param("minLat", box.minLat())
			.param("maxLon", box.maxLon())
			.param("maxLat", box.maxLat())
			.param("self", report.id().value())
			.query((rs, row) -> new IncidentId(rs.getObject(1, UUID.class)))
			.list());
	}

	/** The reports counted in each of the incidents. */
	Map<IncidentId, List<ReportSnapshot>> members(Collection<IncidentId> incidents) {
		var members = new LinkedHashMap<IncidentId, List<ReportSnapshot>>();
		for (var chunk : chunks(incidents)) {
			jdbc.sql("SELECT l.incident_id, " + SNAPSHOT_COLUMNS + " " + MEMBERS + " AND l.incident_id IN (:ids)")
				.param("ids", chunk.stream().map(IncidentId::value).toList())
				.query(rs -> {
					members.computeIfAbsent(new IncidentId(rs.getObject("incident_id", UUID.class)), id -> new ArrayList<>())
						.add(snapshot(rs));
				});
		}
		return members;
	}

	/** The incidents with a report counted in them whose time reach meets the period, with all their members. */
	Map<IncidentId, List<ReportSnapshot>> incidentsReaching(Instant from, Instant to) {
		var ids = jdbc.sql("SELECT DISTINCT l.incident_id " + MEMBERS + " AND r.reach && tstzrange(:from, :to, '[]')")
			.param("from", utc(from))
			.param("to", utc(to))
			.query((rs, row) -> new IncidentId(rs.getObject(1, UUID.class)))
			.list();
		return members(ids);
	}

	Optional<Incident> load(IncidentId id) {
		return Optional.ofNullable(load(List.of(id)).get(id));
	}

	Map<IncidentId, Incident> load(Collection<IncidentId> ids) {
		var links = new HashMap<IncidentId, List<Link>>();
		var rows = new ArrayList<IncidentRow>();
		for (var chunk : chunks(ids)) {
			var uuids = chunk.stream().map(IncidentId::value).toList();
			jdbc.sql("SELECT * FROM incident_link WHERE incident_id IN (:ids) ORDER BY proposed_at, report_id")
				.param("ids", uuids)
				.query(rs -> {
					links.computeIfAbsent(new IncidentId(rs.getObject("incident_id", UUID.class)), id -> new ArrayList<>())
						.add(link(rs));
				});
			rows.addAll(jdbc.sql("SELECT id, opened_at, status, merged_into FROM incident WHERE id IN (:ids)")
				.param("ids", uuids)
				.query((rs, row) -> new IncidentRow(new IncidentId(rs.getObject("id", UUID.class)), instant(rs, "opened_at"),
						IncidentStatus.valueOf(rs.getString("status")), incidentId(rs, "merged_into")))
				.list());
		}
		return rows.stream().collect(Collectors.toMap(IncidentRow::id, row -> new Incident(row.id(), row.openedAt(),
				row.status(), row.mergedInto(), links.getOrDefault(row.id(), List.of())), (a, b) -> a, LinkedHashMap::new));
	}

	/**
	 * Writes the incidents' current state and appends their new history. Links are replaced incident by incident, all
	 * removals first, so that a report moving between two of them never counts in both at once.
	 */
	void save(Collection<Incident> incidents) {
		if (incidents.isEmpty()) {
			return;
		}
		batch.batchUpdate("""
				INSERT INTO incident (id, opened_at, status, merged_into) VALUES (:id, :openedAt, :status, :mergedInto)
				ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status, merged_into = EXCLUDED.merged_into""",
				incidents.stream().map(incident -> new MapSqlParameterSource()
					.addValue("id", incident.id().value())
					.addValue("openedAt", utc(incident.openedAt()))
					.addValue("status", incident.status().name())
					.addValue("mergedInto", incident.mergedInto() == null ? null : incident.mergedInto().value()))
					.toArray(MapSqlParameterSource[]::new));
		for (var chunk : chunks(incidents.stream().map(Incident::id).toList())) {
			jdbc.sql("DELETE FROM incident_link WHERE incident_id IN (:ids)")
				.param("ids", chunk.stream().map(IncidentId::value).toList())
				.update();
		}
		var links = new ArrayList<MapSqlParameterSource>();
		var history = new ArrayList<MapSqlParameterSource>();
		for (var incident : incidents) {
			incident.links().forEach(link -> links.add(linkParameters(incident.id(), link)));
			incident.takeHistory().forEach(entry -> history.add(historyParameters(incident.id(), entry)));
		}
		batch.batchUpdate("""
				INSERT INTO incident_link (incident_id, report_id, status, member, score, explanation, compared_with, proposed_at,
				    decided_by, decided_by_delegation, decided_at, reason)
				VALUES (:incident, :report, :status, :member, :score, CAST(:explanation AS jsonb), CAST(:comparedWith AS uuid[]),
				    :proposedAt, :decidedBy, :decidedByDelegation, :decidedAt, :reason)""", links.toArray(MapSqlParameterSource[]::new));
		batch.batchUpdate("""
				INSERT INTO incident_history (incident_id, action, report_ids, other_incident_id, score, username, delegation, at,
				    reason)
				VALUES (:incident, :action, CAST(:reports AS uuid[]), :other, :score, :username, :delegation, :at, :reason)""",
				history.toArray(MapSqlParameterSource[]::new));
	}

	/** The incident each report counts in, for those that count in one. */
	Map<ReportId, IncidentId> memberships(Collection<ReportId> reports) {
		var memberships = new HashMap<ReportId, IncidentId>();
		for (var chunk : chunks(reports)) {
			jdbc.sql("SELECT report_id, incident_id FROM incident_link WHERE member AND report_id IN (:ids)")
				.param("ids", uuids(chunk))
				.query(rs -> {
					memberships.put(new ReportId(rs.getObject("report_id", UUID.class)),
							new IncidentId(rs.getObject("incident_id", UUID.class)));
				});
		}
		return memberships;
	}

	List<HistoryEntry> history(IncidentId incident) {
		return jdbc.sql("SELECT * FROM incident_history WHERE incident_id = ? ORDER BY id")
			.param(incident.value())
			.query((rs, row) -> new HistoryEntry(HistoryEntry.Action.valueOf(rs.getString("action")),
					Arrays.stream((UUID[]) rs.getArray("report_ids").getArray()).map(ReportId::new).toList(),
					incidentId(rs, "other_incident_id"), decimal(rs, "score"), rs.getString("username"),
					delegation(rs, "delegation"), instant(rs, "at"), rs.getString("reason")))
			.list();
	}

	/**
	 * A page of the open incidents with a report the viewer may see that matches the filters, the most recent first (by
	 * the earliest such report), with how many match in all.
	 */
	IdPage list(IncidentQuery query, Viewer viewer) {
		var visibility = VisibilityFilter.of(viewer, "r.confidentiality", "r.source_delegation");
		var conditions = new ArrayList<>(List.of("i.status = 'OPEN'", visibility.sql()));
		var params = new HashMap<String, Object>(visibility.parameters());
		if (query.from() != null) {
			conditions.add("r.occurred_to >= :from");
			params.put("from", utc(query.from()));
		}
		if (query.to() != null) {
			conditions.add("r.occurred_from <= :to");
			params.put("to", utc(query.to()));
		}
		if (query.admin1() != null) {
			conditions.add("r.admin1_pcode = :admin1");
			params.put("admin1", query.admin1());
		}
		var matching = """
				SELECT l.incident_id, min(r.occurred_from) AS first_from
				FROM incident_link l JOIN incident_report r ON r.report_id = l.report_id JOIN incident i ON i.id = l.incident_id
				WHERE l.member AND """ + " " + String.join(" AND ", conditions) + " GROUP BY l.incident_id";
		long total = jdbc.sql("SELECT count(*) FROM (" + matching + ") m").params(params).query(Long.class).single();
		var ids = jdbc.sql(matching + " ORDER BY first_from DESC, l.incident_id LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", query.size())
			.param("offset", (long) query.page() * query.size())
			.query((rs, row) -> new IncidentId(rs.getObject("incident_id", UUID.class)))
			.list();
		return new IdPage(ids, total);
	}

	private static String columns() {
		return """
				report_id, revision, source_delegation, confidentiality, occurred_from, occurred_to, time_precision, lat, lon,
				location_precision, admin1_pcode, category, perpetrator_id, target_actor_id, killed, civilians_killed, terms, reach,
				extent, pending""";
	}

	private static String values() {
		return """
				:report, :revision, :source, :level, :from, :to, :timePrecision, :lat, :lon, :locationPrecision, :admin1,
				:category, :perpetrator, :target, :killed, :civilians, :terms, tstzrange(:reachFrom, :reachTo, '[]'),
				box(point(:minLon, :minLat), point(:maxLon, :maxLat))""";
	}

	private static Map<String, Object> snapshotParameters(ReportSnapshot snapshot) {
		var report = snapshot.features();
		var extent = report.extent();
		var params = new HashMap<String, Object>();
		params.put("report", report.id().value());
		params.put("revision", snapshot.revision());
		params.put("source", snapshot.source().value());
		params.put("level", snapshot.level().name());
		params.put("from", utc(report.from()));
		params.put("to", utc(report.to()));
		params.put("timePrecision", report.timePrecision().name());
		params.put("lat", report.point().lat());
		params.put("lon", report.point().lon());
		params.put("locationPrecision", report.locationPrecision().name());
		params.put("admin1", snapshot.admin1Pcode());
		params.put("category", report.category().name());
		params.put("perpetrator", report.perpetrator() == null ? null : report.perpetrator().value());
		params.put("target", report.target() == null ? null : report.target().value());
		params.put("killed", report.killed());
		params.put("civilians", report.civilians());
		params.put("terms", report.terms().toArray(String[]::new));
		params.put("reachFrom", utc(report.reachFrom()));
		params.put("reachTo", utc(report.reachTo()));
		params.put("minLon", extent.minLon());
		params.put("minLat", extent.minLat());
		params.put("maxLon", extent.maxLon());
		params.put("maxLat", extent.maxLat());
		return params;
	}

	private MapSqlParameterSource linkParameters(IncidentId incident, Link link) {
		var decision = link.decision();
		return new MapSqlParameterSource()
			.addValue("incident", incident.value())
			.addValue("report", link.report().value())
			.addValue("status", link.status().name())
			.addValue("member", link.member())
			.addValue("score", link.score())
			.addValue("explanation", json.writeValueAsString(link.explanation()))
			.addValue("comparedWith", link.comparedWith().stream().map(ReportId::toString).collect(Collectors.joining(",", "{", "}")))
			.addValue("proposedAt", utc(link.proposedAt()))
			.addValue("decidedBy", decision == null ? null : decision.username())
			.addValue("decidedByDelegation", decision == null ? null : decision.delegation().value())
			.addValue("decidedAt", decision == null ? null : utc(decision.at()))
			.addValue("reason", decision == null ? null : decision.reason());
	}

	private static MapSqlParameterSource historyParameters(IncidentId incident, HistoryEntry entry) {
		return new MapSqlParameterSource()
			.addValue("incident", incident.value())
			.addValue("action", entry.action().name())
			.addValue("reports", entry.reports().stream().map(ReportId::toString).collect(Collectors.joining(",", "{", "}")))
			.addValue("other", entry.otherIncident() == null ? null : entry.otherIncident().value())
			.addValue("score", entry.score())
			.addValue("username", entry.username())
			.addValue("delegation", entry.delegation() == null ? null : entry.delegation().value())
			.addValue("at", utc(entry.at()))
			.addValue("reason", entry.reason());
	}

	private Link link(ResultSet rs) throws SQLException {
		var decidedAt = rs.getObject("decided_at", OffsetDateTime.class);
		var decision = decidedAt == null ? null : new AnalystDecision(rs.getString("decided_by"),
				new DelegationCode(rs.getString("decided_by_delegation")), decidedAt.toInstant(), rs.getString("reason"));
		return new Link(new ReportId(rs.getObject("report_id", UUID.class)), LinkStatus.valueOf(rs.getString("status")),
				rs.getBoolean("member"), decimal(rs, "score"), json.readValue(rs.getString("explanation"), FACTORS),
				Arrays.stream((UUID[]) rs.getArray("compared_with").getArray()).map(ReportId::new).toList(),
				instant(rs, "proposed_at"), decision);
	}

	static ReportSnapshot snapshot(ResultSet rs) throws SQLException {
		var source = new DelegationCode(rs.getString("source_delegation"));
		var features = new ReportFeatures(new ReportId(rs.getObject("report_id", UUID.class)), source, instant(rs, "occurred_from"),
				instant(rs, "occurred_to"), TimePrecision.valueOf(rs.getString("time_precision")),
				new GeoPoint(rs.getDouble("lat"), rs.getDouble("lon")),
				LocationPrecision.valueOf(rs.getString("location_precision")), Category.valueOf(rs.getString("category")),
				actor(rs, "perpetrator_id"), actor(rs, "target_actor_id"), integer(rs, "killed"), integer(rs, "civilians_killed"),
				Set.copyOf(strings(rs, "terms")));
		return new ReportSnapshot(features, rs.getInt("revision"), rs.getString("admin1_pcode"),
				Confidentiality.valueOf(rs.getString("confidentiality")));
	}

	private static @Nullable ActorId actor(ResultSet rs, String column) throws SQLException {
		var id = rs.getObject(column, UUID.class);
		return id == null ? null : new ActorId(id);
	}

	private static @Nullable IncidentId incidentId(ResultSet rs, String column) throws SQLException {
		var id = rs.getObject(column, UUID.class);
		return id == null ? null : new IncidentId(id);
	}

	private static @Nullable DelegationCode delegation(ResultSet rs, String column) throws SQLException {
		var code = rs.getString(column);
		return code == null ? null : new DelegationCode(code);
	}

	private static List<String> strings(ResultSet rs, String column) throws SQLException {
		return List.of((String[]) rs.getArray(column).getArray());
	}

	private static @Nullable Integer integer(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	private static @Nullable Double decimal(ResultSet rs, String column) throws SQLException {
		double value = rs.getDouble(column);
		return rs.wasNull() ? null : value;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static List<UUID> uuids(Collection<ReportId> reports) {
		return reports.stream().map(ReportId::value).toList();
	}

	/** Splits long lists of ids so that no statement exceeds PostgreSQL's limit on parameters. */
	private static <T> List<List<T>> chunks(Collection<T> values) {
		var list = List.copyOf(values);
		var chunks = new ArrayList<List<T>>();
		for (int start = 0; start < list.size(); start += 5_000) {
			chunks.add(list.subList(start, Math.min(start + 5_000, list.size())));
		}
		return chunks;
	}

	/** A report awaiting correlation and the incident it counts in, if any (then it is to be placed anew). */
	record Pending(ReportSnapshot snapshot, @Nullable IncidentId memberOf) {
	}

	/** A page of incident ids and how many match in all. */
	record IdPage(List<IncidentId> ids, long total) {
	}

	private record IncidentRow(IncidentId id, Instant openedAt, IncidentStatus status, @Nullable IncidentId mergedInto) {
	}

	/** A report's terms now, and as last counted in the term frequencies (none if never counted). */
	private record CountedTerms(List<String> terms, @Nullable List<String> counted) {
	}
}
