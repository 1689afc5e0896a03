package org.truce.incident;

/**
 * One reason in the explanation of a correlation score: what was compared, how much it added to (or took from) the
 * match weight, and what was found, in words.
 *
 * @param factor {@code prior}, {@code time}, {@code place}, {@code category}, {@code actors}, {@code casualties},
 *        {@code civilians}, {@code source} or {@code narrative} for a pair of reports; {@code linkage} for the incident
 *        as a whole; {@code opened} for a report that opened one; {@code withheld} where the viewer may not see the reports
 *        compared
 * @param contribution the log-odds points it adds to the match weight; negative where it speaks against one event
 */
public record Factor(String factor, double contribution, String detail) {
}
