package org.truce.verification;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.truce.core.ConflictException;
import org.truce.core.DelegationCode;
import org.truce.core.ForbiddenException;
import org.truce.core.InvalidInputException;
import org.truce.core.Role;
import org.truce.core.Viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LogEntryTest {

	private static final Viewer.Member RU = new Viewer.Member("guarantor.ru", new DelegationCode("RU"), Role.GUARANTOR);
	private static final Viewer.Member TR = new Viewer.Member("guarantor.tr", new DelegationCode("TR"), Role.GUARANTOR);
	private static final Viewer.Member IR = new Viewer.Member("guarantor.ir", new DelegationCode("IR"), Role.GUARANTOR);
	private static final Viewer.Member KZ = new Viewer.Member("secretariat.kz", new DelegationCode("KZ"), Role.SECRETARIAT);
	private static final Set<DelegationCode> GUARANTORS = Set.of(RU.delegation(), TR.delegation(), IR.delegation());
	private static final Instant NOW = Instant.parse("2017-01-21T10:00:00Z");

	@Test
	void anEntryIsCrossConfirmedWhenEveryOtherGuarantorConfirmsIt() {
		var entry = registeredByRussia();
		entry.crossCheck(Verdict.CONFIRM, "our monitors saw it", TR, GUARANTORS, NOW);
		assertThat(entry.snapshot().status(GUARANTORS)).isEqualTo(LogEntryStatus.AWAITING);

		entry.crossCheck(Verdict.CONFIRM, "confirmed", IR, GUARANTORS, NOW);

		assertThat(entry.snapshot().status(GUARANTORS)).isEqualTo(LogEntryStatus.CROSS_CONFIRMED);
	}

	@Test
	void oneDisputeMakesTheEntryDisputedAndStaysOnRecord() {
		var entry = registeredByRussia();
		entry.crossCheck(Verdict.CONFIRM, "confirmed", IR, GUARANTORS, NOW);
		entry.crossCheck(Verdict.DISPUTE, "the target was an ISIL position", TR, GUARANTORS, NOW);

		assertThat(entry.snapshot().status(GUARANTORS)).isEqualTo(LogEntryStatus.DISPUTED);
		assertThat(entry.snapshot().crossChecks()).extracting(CrossCheck::reason).contains("the target was an ISIL position");
		assertThat(entry.takeEvents()).hasSize(3);
	}

	@Test
	void onlyOtherGuarantorsAnswerOnceEachWithAReason() {
		var entry = registeredByRussia();

		assertThatThrownBy(() -> entry.crossCheck(Verdict.CONFIRM, "mine", RU, GUARANTORS, NOW)).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> entry.crossCheck(Verdict.CONFIRM, "we see it", KZ, GUARANTORS, NOW))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> entry.crossCheck(Verdict.DISPUTE, " ", TR, GUARANTORS, NOW)).isInstanceOf(InvalidInputException.class);
		entry.crossCheck(Verdict.DISPUTE, "no", TR, GUARANTORS, NOW);
		assertThatThrownBy(() -> entry.crossCheck(Verdict.CONFIRM, "yes after all", TR, GUARANTORS, NOW))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void onlyGuarantorsKeepLogs() {
		assertThatThrownBy(() -> LogEntry.register(UUID.randomUUID(), Instant.parse("2017-01-20T06:00:00Z"), "SY01", "", KZ, GUARANTORS, NOW))
			.isInstanceOf(ForbiddenException.class);
	}

	private static LogEntry registeredByRussia() {
		return LogEntry.register(UUID.randomUUID(), Instant.parse("2017-01-20T06:00:00Z"), "SY01", "shelling of Jobar", RU, GUARANTORS, NOW);
	}
}
