package org.truce.humanitarian;

/** What a humanitarian item is about. */
public enum HumanitarianKind {
	ACCESS_REQUEST, CONVOY, MEDICAL_EVACUATION, DETAINEE_RELEASE, PRISONER_EXCHANGE, MISSING_PERSONS
}
