package org.truce.agreement.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonRawValue;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.truce.agreement.Zone;
import org.truce.agreement.ZoneId;
import org.truce.agreement.ZoneKind;
import org.truce.agreement.Zones;
import org.truce.core.Confidentiality;
import org.truce.core.Links;
import org.truce.core.InvalidInputException;
import org.truce.core.NotFoundException;
import org.truce.identity.CurrentViewer;
import org.truce.ledger.Ledger;
import org.truce.ledger.LoggedSubject;
import org.truce.ledger.Receipted;
import tools.jackson.databind.JsonNode;

/**
 * Zones as GeoJSON: uploaded one Feature at a time by guarantors and the secretariat, read as Features filtered by
 * confidentiality. A zone the viewer may not see answers 404, exactly like a zone that does not exist. A zone defined
 * answers with the receipt of its ledger entry; its ledger reference is given to whoever may see it.
 */
@RestController
@RequestMapping("/api/v1/zones")
class ZoneController {

	private final Zones zones;
	private final CurrentViewer viewer;
	private final Ledger ledger;

	ZoneController(Zones zones, CurrentViewer viewer, Ledger ledger) {
		this.zones = zones;
		this.viewer = viewer;
		this.ledger = ledger;
	}

	/**
	 * @param feature a GeoJSON Feature: a Polygon or MultiPolygon (a withdrawal line may also be a LineString or
	 *        MultiLineString) with properties {@code name}, {@code kind}, {@code effectiveFrom}, and optionally
	 *        {@code effectiveTo} and {@code confidentiality}
	 */
	@PostMapping
	ResponseEntity<Receipted<ZoneFeature>> define(@RequestBody JsonNode feature) {
		var zone = zones.define(feature, viewer.member());
		return ResponseEntity.created(Links.to("/api/v1/zones/{id}", zone.value().id()))
			.body(Receipted.of(zone.map(ZoneFeature::of), ledger));
	}

	/**
	 * @param kind only zones of this kind, e.g. {@code ceasefire}; a kind the API does not define is refused (422), as
	 *        in an upload
	 * @param at only zones in force at this instant
	 */
	@GetMapping
	ZoneCollection list(@RequestParam(required = false) @Nullable String kind, @RequestParam(required = false) @Nullable Instant at) {
		var wanted = kind == null ? null : ZoneKind.ofSlug(kind)
			.orElseThrow(() -> new InvalidInputException("kind", "must be one of " + ZoneKind.slugs()));
		return new ZoneCollection("FeatureCollection",
				zones.visibleTo(viewer.get(), wanted, at).stream().map(ZoneFeature::of).toList());
	}

	@GetMapping("/{id}")
	ZoneFeature get(@PathVariable UUID id) {
		return zones.find(new ZoneId(id), viewer.get()).map(ZoneFeature::of).orElseThrow(() -> new NotFoundException("zone", id));
	}

	/** The ledger entry of the zone's definition with the exact content its hash covers: to whoever may see the zone. */
	@GetMapping("/{id}/ledger")
	LoggedSubject.Check ledger(@PathVariable UUID id) {
		return zones.ledgerEntry(new ZoneId(id), viewer.get()).check();
	}

	/** @param geometry the stored GeoJSON geometry, written out as it is */
	record ZoneFeature(String type, UUID id, @JsonRawValue String geometry, ZoneProperties properties) {

		static ZoneFeature of(Zone zone) {
			return new ZoneFeature("Feature", zone.id().value(), zone.geometry(), new ZoneProperties(zone.name(), zone.kind(),
					zone.effective().from(), zone.effective().to(), zone.confidentiality(), zone.owner().value(), zone.definedAt()));
		}
	}

	record ZoneProperties(String name, ZoneKind kind, Instant effectiveFrom, @Nullable Instant effectiveTo,
			Confidentiality confidentiality, String owner, Instant definedAt) {
	}

	record ZoneCollection(String type, List<ZoneFeature> features) {
	}
}
