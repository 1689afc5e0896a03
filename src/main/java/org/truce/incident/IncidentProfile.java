package org.truce.incident;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.truce.agreement.ActorId;
import org.truce.report.Category;

/**
 * What an incident's reports say of it, derived from those a viewer may see: when (the span of their windows), where
 * (the centre of their points, each weighted by its precision, and a radius that takes in every point and the most
 * precise report's uncertainty), the governorate most of them name, their categories and the actors they name, most
 * frequent first.
 */
public record IncidentProfile(Instant from, Instant to, double lat, double lon, double radiusMetres,
		@Nullable String admin1Pcode, List<Category> categories, List<ActorId> actors) {

	public IncidentProfile {
		categories = List.copyOf(categories);
		actors = List.copyOf(actors);
	}
}
