package org.truce.agreement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.truce.core.AccessLog;
import org.truce.core.Confidentiality;
import org.truce.core.ConflictException;
import org.truce.core.DelegationCode;
import org.truce.core.GeoPoint;
import org.truce.core.InvalidInputException;
import org.truce.core.NotFoundException;
import org.truce.core.Role;
import org.truce.core.Viewer;
import org.truce.core.VisibilityFilter;
import org.truce.identity.Delegations;
import org.truce.ledger.LoggedSubject;
import org.truce.ledger.Recorded;
import org.truce.ledger.SubjectContent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@Service
class JdbcZones implements Zones {

	private static final String SUBJECT = "zone";
	private static final String COLUMNS = "id, name, kind, effective_from, effective_to, confidentiality, owner, geometry, defined_at";
	private static final String IN_FORCE = "effective_from <= :at AND (effective_to IS NULL OR effective_to > :at)";
	private static final GeometryFactory POINTS = new GeometryFactory();

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final Delegations delegations;
	private final AccessLog accessLog;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final AdminAreas adminAreas;
	private final ZoneLedger ledger;

	JdbcZones(JdbcClient jdbc, JsonMapper json, Delegations delegations, AccessLog accessLog, ApplicationEventPublisher events,
			Clock clock, AdminAreas adminAreas, ZoneLedger ledger) {
		this.adminAreas = adminAreas;
		this.ledger = ledger;
		this.jdbc = jdbc;
		this.json = json;
		this.delegations = delegations;
		this.accessLog = accessLog;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional
	public Recorded<Zone> define(JsonNode feature, Viewer.Member by) {
		Permissions.require(by, "define zones", Role.GUARANTOR, Role.SECRETARIAT);
		var draft = withinAgreementArea(ZoneFeatureReader.read(feature));
		return insert(draft, by.delegation()).orElseThrow(() -> new ConflictException(by.delegation() + " already has a "
				+ draft.kind().slug() + " zone named " + draft.name() + " taking effect " + draft.effective().from()));
	}

	@Override
	@Transactional
	public Zone seed(JsonNode feature, DelegationCode owner) {
		Permissions.requireExisting(delegations, owner, "delegation");
		var draft = withinAgreementArea(ZoneFeatureReader.read(feature));
		return insert(draft, owner).map(Recorded::value).orElseGet(() -> jdbc.sql("SELECT " + COLUMNS
				+ " FROM zone WHERE owner = :owner AND kind = :kind AND name = :name AND effective_from = :from")
			.param("owner", owner.value())
			.param("kind", draft.kind().name())
			.param("name", draft.name())
			.param("from", Rows.utc(draft.effective().from()))
			.query(JdbcZones::zone)
			.single());
	}

	/** A zone lies in the agreement's area: every vertex of it, so that no part reaches beyond what the truce covers. */
	private ZoneDraft withinAgreementArea(ZoneDraft draft) {
		for (var vertex : draft.geometry().getCoordinates()) {
			if (!adminAreas.withinAgreementArea(new GeoPoint(vertex.y, vertex.x))) {
				throw new InvalidInputException("geometry",
						"reaches outside the agreement's area, at " + vertex.y + ", " + vertex.x + " (lat, lon)");
			}
		}
		return draft;
	}

	@Override
	public List<Zone> visibleTo(Viewer viewer, @Nullable ZoneKind kind, @Nullable Instant at) {
		var visible = VisibilityFilter.of(viewer, "confidentiality", "owner");
		var zones = jdbc.sql("SELECT " + COLUMNS + " FROM zone WHERE " + visible.sql()
				+ (kind == null ? "" : " AND kind = :kind")
				+ (at == null ? "" : " AND " + IN_FORCE)
				+ " ORDER BY name, effective_from, id")
			.params(visible.parameters())
			.param("kind", kind == null ? null : kind.name())
			.param("at", Rows.utc(at))
			.query(JdbcZones::zone)
			.list();
		zones.forEach(zone -> recordRead(viewer, zone));
		return zones;
	}

	@Override
	public Optional<Zone> find(ZoneId id, Viewer viewer) {
		var zone = jdbc.sql("SELECT " + COLUMNS + " FROM zone WHERE id = ?")
			.param(id.value())
			.query(JdbcZones::zone)
			.optional()
			.filter(z -> viewer.canSee(z.confidentiality(), z.owner()));
		zone.ifPresent(z -> recordRead(viewer, z));
		return zone;
	}

	@Override
	public LoggedSubject ledgerEntry(ZoneId id, Viewer viewer) {
		find(id, viewer).orElseThrow(() -> new NotFoundException("zone", id));
		return ledger.entryOf(id).orElseThrow(() -> new NotFoundException("logged change", id));
	}

	@Override
	public List<ZoneRef> zonesContaining(GeoPoint point, Instant at) {
		var location = POINTS.createPoint(new Coordinate(point.lon(), point.lat()));
		return jdbc.sql("SELECT " + COLUMNS + " FROM zone WHERE " + IN_FORCE
				+ " AND :lat BETWEEN min_lat AND max_lat AND :lon BETWEEN min_lon AND max_lon ORDER BY name, id")
			.param("at", Rows.utc(at))
			.param("lat", point.lat())
			.param("lon", point.lon())
			.query(JdbcZones::zone)
			.list().stream()
			.filter(zone -> {
				var shape = GeoJsonGeometry.read(json.readTree(zone.geometry()), "geometry", GeoJsonGeometry.READABLE);
				return shape.getDimension() == 2 && shape.covers(location);
			})
			.map(zone -> new ZoneRef(zone.id(), zone.name(), zone.kind(), zone.confidentiality(), zone.owner()))
			.toList();
	}

	/** The zone defined and logged, unless the owner already has one of its kind and name from the same instant. */
	private Optional<Recorded<Zone>> insert(ZoneDraft draft, DelegationCode owner) {
		var id = new ZoneId(UUID.randomUUID());
		var now = Rows.now(clock);
		var box = draft.geometry().getEnvelopeInternal();
		var zone = new Zone(id, draft.name(), draft.kind(), draft.effective(), draft.confidentiality(), owner, draft.geoJson(), now);
		var content = SubjectContent.salted(ZoneLedger.content(zone, box.getMinY(), box.getMaxY(), box.getMinX(), box.getMaxX()));
		int inserted = jdbc.sql("""
				INSERT INTO zone (id, name, kind, effective_from, effective_to, confidentiality, owner, geometry,
				                  min_lat, max_lat, min_lon, max_lon, defined_at, salt)
				VALUES (:id, :name, :kind, :from, :to, :confidentiality, :owner, :geometry,
				        :minLat, :maxLat, :minLon, :maxLon, :now, :salt)
				ON CONFLICT (owner, kind, name, effective_from) DO NOTHING""")
			.param("id", id.value())
			.param("name", draft.name())
			.param("kind", draft.kind().name())
			.param("from", Rows.utc(draft.effective().from()))
			.param("to", Rows.utc(draft.effective().to()))
			.param("confidentiality", draft.confidentiality().name())
			.param("owner", owner.value())
			.param("geometry", draft.geoJson())
			.param("minLat", box.getMinY())
			.param("maxLat", box.getMaxY())
			.param("minLon", box.getMinX())
			.param("maxLon", box.getMaxX())
			.param("now", Rows.utc(now))
			.param("salt", content.salt())
			.update();
		if (inserted == 0) {
			return Optional.empty();
		}
		events.publishEvent(new ZoneDefined(id, draft.kind(), draft.confidentiality(), owner, now));
		return Optional.of(new Recorded<>(zone, ledger.defined(zone, content)));
	}

	/** Every read of a narrow zone by another delegation is logged, in a list as in a detail: both reveal it. */
	private void recordRead(Viewer viewer, Zone zone) {
		accessLog.recordRead(viewer, SUBJECT, zone.id().value(), zone.confidentiality(), zone.owner());
	}

	static Zone zone(ResultSet rs, int row) throws SQLException {
		return new Zone(new ZoneId(rs.getObject("id", UUID.class)), rs.getString("name"), ZoneKind.valueOf(rs.getString("kind")),
				Rows.period(rs), Confidentiality.valueOf(rs.getString("confidentiality")),
				new DelegationCode(rs.getString("owner")), rs.getString("geometry"), Rows.instant(rs, "defined_at"));
	}
}
