package org.truce.agreement.web;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.truce.agreement.BoundaryMaps;
import org.truce.core.NotFoundException;

/**
 * The boundary layers the pages' Leaflet maps draw: public like the rest of {@code /geo}, and cacheable for a day
 * since they change only with a new release of the boundaries.
 */
@RestController
class BoundaryMapController {

	static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

	private final BoundaryMaps maps;

	BoundaryMapController(BoundaryMaps maps) {
		this.maps = maps;
	}

	@GetMapping("/geo/adm{level}.geojson")
	ResponseEntity<String> map(@PathVariable int level) {
		if (!maps.covers(level)) {
			throw new NotFoundException("boundary map of level", level);
		}
		return ResponseEntity.ok()
			.contentType(GEO_JSON)
			.cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
			.body(maps.geoJson(level));
	}
}
