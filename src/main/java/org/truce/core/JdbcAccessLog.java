package org.truce.core;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class JdbcAccessLog implements AccessLog {

	private final JdbcClient jdbc;
	private final Clock clock;

	JdbcAccessLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void recordRead(Viewer viewer, String subjectType, UUID subjectId, Confidentiality level,
			@Nullable DelegationCode owner) {
		if (!level.isAtLeast(Confidentiality.GUARANTORS)) {
			return;
		}
		viewer.asMember().filter(member -> !member.owns(owner)).ifPresent(member -> jdbc.sql("""
				INSERT INTO access_log (read_at, username, delegation, subject_type, subject_id, level, owner)
				VALUES (:at, :username, :delegation, :type, :id, :level, :owner)""")
			.param("at", clock.instant().atOffset(ZoneOffset.UTC))
			.param("username", member.username())
			.param("delegation", member.delegation().value())
			.param("type", subjectType)
			.param("id", subjectId)
			.param("level", level.name())
			.param("owner", owner == null ? null : owner.value())
			.update());
	}
}
