package org.truce.incident.correlation;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.truce.agreement.ActorId;
import org.truce.core.DelegationCode;
import org.truce.core.GeoPoint;
import org.truce.report.Category;
import org.truce.report.LocationPrecision;
import org.truce.report.ReportId;
import org.truce.report.TimePrecision;

/** Builds the features of a report for the engine's tests: a shelling in Douma at 08:30 by default, changed one part at a time. */
public final class FeaturesBuilder {

	public static final GeoPoint DOUMA = new GeoPoint(33.5722, 36.4025);

	private Instant from = Instant.parse("2017-01-15T08:30:00Z");
	private Instant to = Instant.parse("2017-01-15T09:00:00Z");
	private TimePrecision timePrecision = TimePrecision.EXACT;
	private GeoPoint point = DOUMA;
	private LocationPrecision locationPrecision = LocationPrecision.EXACT;
	private Category category = Category.SHELLING_ARTILLERY_MISSILE_ATTACK;
	private @Nullable ActorId perpetrator;
	private @Nullable ActorId target;
	private @Nullable Integer killed;
	private @Nullable Integer civilians;
	private String narrative = "";
	private DelegationCode source = nextSource();

	private static final AtomicInteger SOURCES = new AtomicInteger();

	private FeaturesBuilder() {
	}

	private static DelegationCode nextSource() {
		return new DelegationCode("D" + SOURCES.incrementAndGet());
	}

	public static FeaturesBuilder aReport() {
		return new FeaturesBuilder();
	}

	public FeaturesBuilder between(Instant from, Instant to, TimePrecision precision) {
		this.from = from;
		this.to = to;
		this.timePrecision = precision;
		return this;
	}

	/** The same duration, moved later. */
	public FeaturesBuilder later(Duration by) {
		this.from = from.plus(by);
		this.to = to.plus(by);
		return this;
	}

	public FeaturesBuilder onDay(String isoDate) {
		return between(Instant.parse(isoDate + "T00:00:00Z"), Instant.parse(isoDate + "T23:59:59Z"), TimePrecision.DAY);
	}

	public FeaturesBuilder at(GeoPoint point, LocationPrecision precision) {
		this.point = point;
		this.locationPrecision = precision;
		return this;
	}

	/** The same precision, moved north by the distance. */
	public FeaturesBuilder north(double metres) {
		this.point = new GeoPoint(point.lat() + metres / 111_320, point.lon());
		return this;
	}

	public FeaturesBuilder category(Category category) {
		this.category = category;
		return this;
	}

	public FeaturesBuilder alleging(@Nullable ActorId perpetrator, @Nullable ActorId target) {
		this.perpetrator = perpetrator;
		this.target = target;
		return this;
	}

	public FeaturesBuilder killed(@Nullable Integer killed) {
		this.killed = killed;
		return this;
	}

	public FeaturesBuilder killed(@Nullable Integer killed, @Nullable Integer civilians) {
		this.killed = killed;
		this.civilians = civilians;
		return this;
	}

	public FeaturesBuilder narrative(String narrative) {
		this.narrative = narrative;
		return this;
	}

	/** The delegation that files it; by default, one that filed no other report of the test. */
	public FeaturesBuilder filedBy(DelegationCode source) {
		this.source = source;
		return this;
	}

	public ReportFeatures build() {
		return new ReportFeatures(ReportId.random(), source, from, to, timePrecision, point, locationPrecision, category, perpetrator,
				target, killed, civilians, NarrativeTerms.of(narrative));
	}
}
