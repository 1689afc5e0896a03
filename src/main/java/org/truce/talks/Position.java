package org.truce.talks;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.truce.core.DelegationCode;

/**
 * A delegation's position on one version of a proposal. A delegation may change its position; the later one (higher
 * {@code number}) supersedes the earlier, which is kept.
 *
 * @param number the position's place among this delegation's positions on this version, from 1
 */
public record Position(int version, DelegationCode delegation, int number, Stance stance, @Nullable String text,
		Instant takenAt) {
}
