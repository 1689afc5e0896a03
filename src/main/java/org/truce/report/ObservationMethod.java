package org.truce.report;

/** How the source came to know of the event. */
public enum ObservationMethod {
	SEEN, HEARD, CAMERA, DRONE, SATELLITE, REPORTED
}
