package org.truce.incident.correlation;

/**
 * Where the engine's decisions change: from {@code link} up a report joins the best incident by itself (still awaiting
 * an analyst's confirmation), from {@code propose} up it opens its own incident but is proposed for the best one, and
 * below it simply opens its own.
 */
public record Thresholds(double link, double propose) {

	/**
	 * A report joins an incident where one event is likelier than two, and is proposed for it from one chance in five
	 * (docs/benchmarks.md).
	 */
	public static final Thresholds DEFAULT = new Thresholds(0.5, 0.2);

	public Thresholds {
		if (!(0 < propose && propose <= link && link < 1)) {
			throw new IllegalArgumentException("thresholds must satisfy 0 < propose <= link < 1");
		}
	}
}
