package org.truce.meeting;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One item of a meeting's agenda.
 *
 * @param subject the case, proposal, humanitarian item or action item it links to, if any
 */
public record AgendaItem(UUID id, int position, String title, AgendaKind kind, @Nullable UUID subject) {
}
