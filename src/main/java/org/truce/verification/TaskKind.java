package org.truce.verification;

/** What a monitoring team is asked to do for a case. */
public enum TaskKind {
	INVESTIGATE, VISIT_SITE, INTERVIEW_WITNESSES, COLLECT_EVIDENCE
}
