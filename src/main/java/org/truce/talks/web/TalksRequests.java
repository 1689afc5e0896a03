package org.truce.talks.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.truce.core.Confidentiality;
import org.truce.talks.ProposalStatus;
import org.truce.talks.Stance;

/**
 * What the talks' commands take, as JSON bodies of the API and as the fields of the pages' forms alike. Every field is
 * nullable: the module names what is missing.
 */
final class TalksRequests {

	private TalksRequests() {
	}

	record ProposalRequest(@Nullable String title, @Nullable String text, @Nullable Confidentiality confidentiality) {
	}

	record VersionRequest(@Nullable String text, @Nullable String reason) {
	}

	record PositionRequest(@Nullable Stance position, @Nullable String text) {
	}

	record StatusRequest(@Nullable ProposalStatus status, @Nullable String reason) {
	}

	record TalksRequest(@Nullable String title, @Nullable String mediator, @Nullable List<String> parties) {
	}

	record MessageRequest(@Nullable String text) {
	}

	record RelayRequest(@Nullable UUID toThreadId, @Nullable String text) {
	}
}
