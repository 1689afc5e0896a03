package org.truce.ledger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.truce.core.ConflictException;
import org.truce.core.DelegationCode;
import org.truce.core.ForbiddenException;
import org.truce.core.InvalidInputException;
import org.truce.core.Role;
import org.truce.core.Viewer;
import org.truce.ledger.tlog.SignedNote;
import org.truce.ledger.tlog.VerifierKey;

@Service
@Transactional
class JdbcWitnesses implements Witnesses {

	/** A witness's clock may run a little ahead; a cosignature from further in the future is refused. */
	static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	private final JdbcClient jdbc;
	private final Checkpoints checkpoints;
	private final Clock clock;

	JdbcWitnesses(JdbcClient jdbc, Checkpoints checkpoints, Clock clock) {
		this.jdbc = jdbc;
		this.checkpoints = checkpoints;
		this.clock = clock;
	}

	@Override
	public Witness register(String vkey, Viewer.Member by) {
		guarantorsOnly(by);
		VerifierKey key;
		try {
			key = VerifierKey.parse(vkey);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("vkey", e.getMessage());
		}
		if (key.type() != VerifierKey.COSIGNATURE_V1) {
			throw new InvalidInputException("vkey", "must be a cosignature/v1 key (type 0x04); truce witness keygen makes one");
		}
		var holder = jdbc.sql("SELECT delegation FROM ledger_witness WHERE key_name = ?").param(key.name()).query(String.class).optional();
		if (holder.isPresent() && !holder.get().equals(by.delegation().value())) {
			throw new ConflictException("Another delegation's witness is named " + key.name() + "; choose another name");
		}
		var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		jdbc.sql("""
				INSERT INTO ledger_witness (delegation, vkey, key_name, registered_by, registered_at)
				VALUES (:delegation, :vkey, :name, :by, :at)
				ON CONFLICT (delegation) DO UPDATE SET vkey = EXCLUDED.vkey, key_name = EXCLUDED.key_name,
				    registered_by = EXCLUDED.registered_by, registered_at = EXCLUDED.registered_at""")
			.param("delegation", by.delegation().value())
			.param("vkey", key.format())
			.param("name", key.name())
			.param("by", by.username())
			.param("at", utc(now))
			.update();
		return new Witness(by.delegation(), key, now);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Witness> all() {
		return jdbc.sql("SELECT delegation, vkey, registered_at FROM ledger_witness ORDER BY delegation")
			.query((rs, row) -> new Witness(new DelegationCode(rs.getString("delegation")), VerifierKey.parse(rs.getString("vkey")),
					rs.getObject("registered_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	@Override
	public Cosignature cosign(long treeSize, String signatureLine, Viewer.Member by) {
		guarantorsOnly(by);
		var vkey = jdbc.sql("SELECT vkey FROM ledger_witness WHERE delegation = ?")
			.param(by.delegation().value())
			.query(String.class)
			.optional()
			.orElseThrow(() -> new ForbiddenException(
					"Your delegation has no registered witness key; register one first (POST /api/v1/ledger/witnesses)"));
		var key = VerifierKey.parse(vkey);
		var checkpoint = checkpoints.at(treeSize)
			.orElseThrow(() -> new InvalidInputException("treeSize", "this log issued no checkpoint of size " + treeSize));
		SignedNote.Signature signature;
		try {
			signature = SignedNote.Signature.parse(signatureLine.strip());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("cosignature", e.getMessage());
		}
		if (!signature.isBy(key)) {
			throw new InvalidInputException("cosignature", "is not by your delegation's registered witness key " + key.name());
		}
		var text = SignedNote.parse(checkpoint.note()).text();
		if (!key.verifies(text, signature.signature())) {
			throw new InvalidInputException("cosignature", "does not verify over the checkpoint of size " + treeSize);
		}
		var cosignedAt = Instant.ofEpochSecond(signature.cosignedAt());
		var now = clock.instant();
		if (cosignedAt.isAfter(now.plus(CLOCK_SKEW))) {
			throw new InvalidInputException("cosignature", "is dated in the future, " + cosignedAt);
		}
		jdbc.sql("""
				INSERT INTO ledger_cosignature (size, delegation, vkey, line, cosigned_at, received_at)
				VALUES (:size, :delegation, :vkey, :line, :cosignedAt, :receivedAt)
				ON CONFLICT (size, delegation) DO UPDATE SET vkey = EXCLUDED.vkey, line = EXCLUDED.line,
				    cosigned_at = EXCLUDED.cosigned_at, received_at = EXCLUDED.received_at""")
			.param("size", treeSize)
			.param("delegation", by.delegation().value())
			.param("vkey", key.format())
			.param("line", signature.line())
			.param("cosignedAt", utc(cosignedAt))
			.param("receivedAt", utc(now))
			.update();
		return new Cosignature(treeSize, by.delegation(), cosignedAt);
	}

	private static void guarantorsOnly(Viewer.Member by) {
		if (by.role() != Role.GUARANTOR) {
			throw new ForbiddenException("Only guarantor delegations run witnesses and cosign the log's checkpoints");
		}
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
