package org.truce.incident;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A section of an incident's page, contributed by another module: a heading and lines, each a message of the bundles
 * with its arguments, and optionally a link.
 *
 * @param titleKey the message key of the heading
 */
public record IncidentPanel(String titleKey, List<Line> lines) {

	public IncidentPanel {
		lines = List.copyOf(lines);
	}

	/** One line: a message key, its arguments, and where it leads. */
	public record Line(String key, List<Object> arguments, @Nullable String link) {

		public Line {
			arguments = List.copyOf(arguments);
		}
	}
}
