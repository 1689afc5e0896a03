package org.truce.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * The application's clock where the demo's module is present: the system's, except while the seed plays a step of the
 * scenario on its thread, when it reads the time the scenario gives that step. Everything the seed records through the
 * modules' own APIs — a log entry, a vote, the minutes — is thereby dated in January and February 2017, as the scenario
 * tells it, and checked against that time by the same rules as any other (a reply before its deadline, a meeting held
 * after it began). Every other thread, and the seed between its steps, reads the system's clock.
 */
final class ScenarioClock extends Clock {

	private final Clock system;
	private final ThreadLocal<@Nullable Instant> scenario;

	ScenarioClock(Clock system) {
		this(system, new ThreadLocal<>());
	}

	private ScenarioClock(Clock system, ThreadLocal<@Nullable Instant> scenario) {
		this.system = system;
		this.scenario = scenario;
	}

	/** Runs one step of the scenario as if it were the given time. */
	<T> T at(Instant time, Supplier<T> step) {
		var outer = scenario.get();
		scenario.set(time);
		try {
			return step.get();
		}
		finally {
			scenario.set(outer);
		}
	}

	void at(Instant time, Runnable step) {
		at(time, () -> {
			step.run();
			return null;
		});
	}

	@Override
	public Instant instant() {
		var time = scenario.get();
		return time == null ? system.instant() : time;
	}

	@Override
	public ZoneId getZone() {
		return system.getZone();
	}

	/** The same clock in another zone, following the same scenario. */
	@Override
	public Clock withZone(ZoneId zone) {
		return new ScenarioClock(system.withZone(zone), scenario);
	}
}
