package org.truce.meeting;

/** Whether a meeting is still to come, took place, or was called off. */
public enum MeetingStatus {
	SCHEDULED, HELD, CANCELLED
}
