package org.truce.incident.correlation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.quadtree.Quadtree;
import org.truce.incident.IncidentId;

/**
 * The reports counted in incidents, indexed in memory by where they may have happened (a JTS quadtree of their
 * location boxes) and by until when (a queue on the end of their time reach), for bulk correlation. A batch processed
 * in time order evicts the reports whose reach has passed, so the tree holds only the recent ones; a query returns the
 * incidents of the reports whose box and reach meet the report's — the pre-filter the database applies on the live path.
 */
public final class SpatioTemporalIndex {

	private final Quadtree tree = new Quadtree();
	private final PriorityQueue<Entry> byReachEnd = new PriorityQueue<>(Comparator.comparing(e -> e.report().reachTo()));
	private final Map<IncidentId, List<ReportFeatures>> members = new HashMap<>();

	public void add(ReportFeatures report, IncidentId incident) {
		var entry = new Entry(report, incident);
		tree.insert(envelope(report.extent()), entry);
		byReachEnd.add(entry);
		members.computeIfAbsent(incident, id -> new ArrayList<>()).add(report);
	}

	/**
	 * Takes out of the spatial index every report whose time reach ended before the instant; their incidents keep
	 * them as members.
	 */
	public void evictReachingBefore(Instant instant) {
		while (!byReachEnd.isEmpty() && byReachEnd.peek().report().reachTo().isBefore(instant)) {
			var entry = byReachEnd.poll();
			tree.remove(envelope(entry.report().extent()), entry);
		}
	}

	/** The incidents with a report whose box and time reach meet this report's search box and reach, with all their members. */
	public List<Candidate> candidates(ReportFeatures report) {
		var searchBox = report.searchBox();
		var incidents = new LinkedHashSet<IncidentId>();
		for (var item : tree.query(envelope(searchBox))) {
			var entry = (Entry) item;
			if (entry.report().extent().intersects(searchBox) && entry.report().reachesOverlap(report)) {
				incidents.add(entry.incident());
			}
		}
		return incidents.stream().map(id -> new Candidate(id, members.get(id))).toList();
	}

	/** How many reports the spatial index holds now. */
	public int size() {
		return tree.size();
	}

	private static Envelope envelope(Geo.Box box) {
		return new Envelope(box.minLon(), box.maxLon(), box.minLat(), box.maxLat());
	}

	private record Entry(ReportFeatures report, IncidentId incident) {
	}
}
