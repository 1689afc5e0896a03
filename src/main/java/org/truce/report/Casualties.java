package org.truce.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * People killed and injured, as the source reports them. An absent count is unknown, which is not the same as zero.
 *
 * @param civiliansKilled how many of the killed were civilians, where the source says
 */
public record Casualties(@Nullable Integer killed, @Nullable Integer injured, @Nullable Integer civiliansKilled) {

	public static final int MAXIMUM = 100_000;

	@JsonCreator
	public Casualties(@JsonProperty("killed") @Nullable Integer killed, @JsonProperty("injured") @Nullable Integer injured,
			@JsonProperty("civiliansKilled") @Nullable Integer civiliansKilled) {
		this.killed = killed;
		this.injured = injured;
		this.civiliansKilled = civiliansKilled;
	}

	/** A bare number stands for the people killed. */
	@JsonCreator
	public static Casualties killed(int killed) {
		return new Casualties(killed, null, null);
	}

	public static Casualties unknown() {
		return new Casualties(null, null, null);
	}
}
