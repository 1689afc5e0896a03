package org.truce.incident;

/**
 * One reason in the explanation of a correlation score: what was compared, how much it added to (or took from) the
 * match weight, and what was found, in words.
 *
 * @param factor {@code time}, {@code place}, {@code category}, {@code actors} or {@code casualties} for a pair of reports;
 *        {@code linkage} and {@code alternatives} for the incident as a whole; {@code opened} for a report that opened one
 * @param contribution the points it adds to the match weight; negative where it speaks against one event
 */
public record Factor(String factor, double contribution, String detail) {
}
