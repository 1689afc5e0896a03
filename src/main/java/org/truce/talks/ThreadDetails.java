package org.truce.talks;

import java.util.List;

/** A thread with its messages, oldest first, as the viewer may read them. */
public record ThreadDetails(ThreadSummary thread, List<Message> messages) {

	public ThreadDetails {
		messages = List.copyOf(messages);
	}
}
