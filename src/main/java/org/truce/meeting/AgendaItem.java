package org.truce.meeting;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonAlias;
import org.jspecify.annotations.Nullable;

/**
 * One item of a meeting's agenda.
 *
 * @param subjectId the case, proposal, humanitarian item or action item it links to, if any ({@code subject} in
 *        meetings stored before it was so named)
 */
public record AgendaItem(UUID id, int position, String title, AgendaKind kind, @JsonAlias("subject") @Nullable UUID subjectId) {
}
