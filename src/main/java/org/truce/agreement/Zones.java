package org.truce.agreement;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.truce.core.DelegationCode;
import org.truce.core.GeoPoint;
import org.truce.core.Viewer;
import org.truce.ledger.LoggedSubject;
import org.truce.ledger.Recorded;
import tools.jackson.databind.JsonNode;

/**
 * Zones: defined by guarantors and the secretariat as GeoJSON Features, read by each viewer according to the zone's
 * confidentiality. A zone the viewer may not see is answered exactly like a zone that does not exist.
 */
public interface Zones {

	/**
	 * Defines a zone from a GeoJSON Feature whose properties give {@code name}, {@code kind}, {@code effectiveFrom},
	 * and optionally {@code effectiveTo} and {@code confidentiality}. A Feature of the wrong shape is a
	 * {@link org.truce.core.MalformedInputException}; one that breaks a rule (unknown kind, invalid geometry,
	 * coordinates out of range…) an {@link org.truce.core.InvalidInputException} naming the field. Guarantors and the
	 * secretariat only; the member's delegation owns the zone. The zone is logged in the ledger as it is defined; the
	 * answer carries the ticket of its entry.
	 */
	Recorded<Zone> define(JsonNode feature, Viewer.Member by);

	/** Seeding: defines the zone unless the owner already has one of this kind and name from the same instant. */
	Zone seed(JsonNode feature, DelegationCode owner);

	/** The zones the viewer may see, of one kind and in force at an instant if asked, by name. */
	List<Zone> visibleTo(Viewer viewer, @Nullable ZoneKind kind, @Nullable Instant at);

	/** The zone, if it exists and the viewer may see it. */
	Optional<Zone> find(ZoneId id, Viewer viewer);

	/** The ledger entry of the zone's definition with the content its hash covers, to whoever may see the zone. */
	LoggedSubject ledgerEntry(ZoneId id, Viewer viewer);

	/**
	 * The areas in force at the instant that contain the point (their boundary included), whatever their
	 * confidentiality: for the mechanism's scope pre-assessment, not for showing to a viewer. Lines contain nothing.
	 */
	List<ZoneRef> zonesContaining(GeoPoint point, Instant at);
}
