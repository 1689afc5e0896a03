package org.truce.agreement;

import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.truce.ledger.Ledger;
import org.truce.ledger.LedgerRecord;
import org.truce.ledger.LedgerSubjects;
import org.truce.ledger.LedgerTicket;
import org.truce.ledger.LoggedSubject;
import org.truce.ledger.SubjectContent;

/**
 * The zones' side of the ledger: each zone defined is logged as {@code <zone id>}, its content all its row records — the
 * geometry as stored and the bounding box that finds it for a point among them. The entry names the owner, as a report's
 * names its source; what the zone is, and where, is in the content, for whoever may see it.
 */
@Component
class ZoneLedger implements LedgerSubjects {

	static final String DEFINED = "zone.defined";

	private final JdbcClient jdbc;
	private final Ledger ledger;

	ZoneLedger(JdbcClient jdbc, Ledger ledger) {
		this.jdbc = jdbc;
		this.ledger = ledger;
	}

	@Override
	public Set<String> types() {
		return Set.of(DEFINED);
	}

	LedgerTicket defined(Zone zone, SubjectContent content) {
		return ledger.record(new LedgerRecord(DEFINED, zone.id().toString(), zone.owner(), zone.definedAt(), content));
	}

	/** The logged subject with the content it hashes, once logged; for whoever may see the zone. */
	Optional<LoggedSubject> entryOf(ZoneId zone) {
		return ledger.logged(this, zone.toString());
	}

	/** The zone's content, with the bounding box as its row keeps it, in degrees. */
	static Map<String, Object> content(Zone zone, double minLat, double maxLat, double minLon, double maxLon) {
		var content = new HashMap<String, Object>();
		content.put("zoneId", zone.id().toString());
		content.put("name", zone.name());
		content.put("kind", zone.kind().name());
		content.put("effectiveFrom", zone.effective().from().toString());
		content.put("effectiveTo", zone.effective().to() == null ? null : zone.effective().to().toString());
		content.put("confidentiality", zone.confidentiality().name());
		content.put("owner", zone.owner().value());
		content.put("geometry", zone.geometry());
		content.put("minLat", minLat);
		content.put("maxLat", maxLat);
		content.put("minLon", minLon);
		content.put("maxLon", maxLon);
		content.put("definedAt", zone.definedAt().toString());
		return content;
	}

	@Override
	public Map<String, SubjectContent> contents(String type, Collection<String> subjectIds) {
		var ids = Rows.leadingIds(subjectIds);
		var contents = new HashMap<String, SubjectContent>();
		if (!type.equals(DEFINED) || ids.isEmpty()) {
			return contents;
		}
		jdbc.sql("""
				SELECT id, name, kind, effective_from, effective_to, confidentiality, owner, geometry, defined_at,
				       min_lat, max_lat, min_lon, max_lon, salt
				FROM zone WHERE id IN (:ids) AND salt IS NOT NULL""")
			.param("ids", ids)
			.query((ResultSet rs) -> {
				var zone = JdbcZones.zone(rs, 0);
				contents.put(zone.id().toString(), SubjectContent.of(rs.getBytes("salt"), content(zone, rs.getDouble("min_lat"),
						rs.getDouble("max_lat"), rs.getDouble("min_lon"), rs.getDouble("max_lon"))));
			});
		return contents;
	}
}
