package org.truce.incident.correlation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.quadtree.Quadtree;

/**
 * Reports indexed in memory by where they may have happened (a JTS quadtree of their location boxes) and by until when
 * (a queue on the end of their time reach), for bulk correlation. A batch processed in time order evicts the reports
 * whose reach has passed, so the tree holds only the recent ones; a query returns the reports whose box and reach meet
 * the report's — the pre-filter the database applies on the live path.
 */
public final class SpatioTemporalIndex {

	private final Quadtree tree = new Quadtree();
	private final PriorityQueue<ReportFeatures> byReachEnd = new PriorityQueue<>(Comparator.comparing(ReportFeatures::reachTo));

	public void add(ReportFeatures report) {
		tree.insert(envelope(report.extent()), report);
		byReachEnd.add(report);
	}

	/** Takes out of the index every report whose time reach ended before the instant. */
	public void evictReachingBefore(Instant instant) {
		while (!byReachEnd.isEmpty() && byReachEnd.peek().reachTo().isBefore(instant)) {
			var report = byReachEnd.poll();
			tree.remove(envelope(report.extent()), report);
		}
	}

	/** The reports whose box and time reach meet this report's search box and reach: all it could share an event with. */
	public List<ReportFeatures> neighbours(ReportFeatures report) {
		var searchBox = report.searchBox();
		var found = new ArrayList<ReportFeatures>();
		for (var item : tree.query(envelope(searchBox))) {
			var other = (ReportFeatures) item;
			if (!other.id().equals(report.id()) && other.extent().intersects(searchBox) && other.reachesOverlap(report)) {
				found.add(other);
			}
		}
		return found;
	}

	/** How many reports the index holds now. */
	public int size() {
		return tree.size();
	}

	private static Envelope envelope(Geo.Box box) {
		return new Envelope(box.minLon(), box.maxLon(), box.minLat(), box.maxLat());
	}
}
