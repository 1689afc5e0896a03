package org.truce.talks;

/** A run of text that two versions share, or that the later one inserts or deletes. */
public record DiffSegment(Op op, String text) {

	public enum Op {
		EQUAL, INSERT, DELETE
	}
}
