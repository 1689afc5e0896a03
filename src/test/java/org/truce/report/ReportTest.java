package org.truce.report;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.truce.core.Confidentiality;
import org.truce.core.DelegationCode;
import org.truce.core.ForbiddenException;
import org.truce.core.GeoPoint;
import org.truce.core.InvalidInputException;
import org.truce.core.Role;
import org.truce.core.Viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportTest {

	private static final DelegationCode OWNER = new DelegationCode("SYG");
	private static final Viewer.Member OWNER_USER = new Viewer.Member("party.gov", OWNER, Role.PARTY);
	private static final Viewer.Member OTHER_PARTY = new Viewer.Member("party.opp", new DelegationCode("SYO"), Role.PARTY);
	private static final Viewer.Member SECRETARIAT = new Viewer.Member("secretariat.kz", new DelegationCode("KZ"), Role.SECRETARIAT);
	private static final Viewer.Member GUARANTOR = new Viewer.Member("guarantor.ru", new DelegationCode("RU"), Role.GUARANTOR);
	private static final Instant FILED = Instant.parse("2017-01-15T10:00:00Z");

	@Test
	void filingStartsAtRevisionOneAndRaisesReportFiled() {
		var report = Report.file(OWNER, SourceKind.DELEGATION, null, content(Confidentiality.MECHANISM), FILED);

		assertThat(report.details().revision()).isEqualTo(1);
		assertThat(report.takeEvents()).singleElement().isInstanceOf(ReportFiled.class);
		assertThat(report.takeEvents()).isEmpty();
	}

	@Test
	void onlyTheSourceDelegationAmendsAndEachAmendmentAddsARevision() {
		var report = Report.file(OWNER, SourceKind.DELEGATION, null, content(Confidentiality.MECHANISM), FILED);

		assertThatThrownBy(() -> report.amend(content(Confidentiality.MECHANISM), "correction", OTHER_PARTY, FILED))
			.isInstanceOf(ForbiddenException.class);
		var revision = report.amend(content(Confidentiality.GUARANTORS), "new witness", OWNER_USER, FILED.plusSeconds(60));

		assertThat(revision.number()).isEqualTo(2);
		assertThat(revision.reason()).isEqualTo("new witness");
		assertThat(report.details().updatedAt()).isEqualTo(FILED.plusSeconds(60));
	}

	@Test
	void anAmendmentNeedsAReasonAndNeverLowersTheLevel() {
		var report = Report.file(OWNER, SourceKind.DELEGATION, null, content(Confidentiality.GUARANTORS), FILED);

		assertThatThrownBy(() -> report.amend(content(Confidentiality.GUARANTORS), " ", OWNER_USER, FILED))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("reason");
		assertThatThrownBy(() -> report.amend(content(Confidentiality.MECHANISM), "declassify", OWNER_USER, FILED))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("confidentiality");
	}

	@Test
	void theOwnerOrTheSecretariatMayRaiseTheLevelAndNoOneElse() {
		var report = Report.file(OWNER, SourceKind.DELEGATION, null, content(Confidentiality.MECHANISM), FILED);

		assertThatThrownBy(() -> report.raiseConfidentiality(Confidentiality.PRIVATE, "sensitive", GUARANTOR, FILED))
			.isInstanceOf(ForbiddenException.class);
		report.raiseConfidentiality(Confidentiality.GUARANTORS, "names a witness", SECRETARIAT, FILED);
		assertThatThrownBy(() -> report.raiseConfidentiality(Confidentiality.MECHANISM, "lower", OWNER_USER, FILED))
			.isInstanceOf(InvalidInputException.class);

		assertThat(report.details().content().confidentiality()).isEqualTo(Confidentiality.GUARANTORS);
		assertThat(report.current().recordedBy()).isEqualTo(SECRETARIAT.delegation());
	}

	@Test
	void visibilityFollowsTheCurrentLevel() {
		var report = Report.file(OWNER, SourceKind.DELEGATION, null, content(Confidentiality.GUARANTORS), FILED);

		assertThat(report.visibleTo(GUARANTOR)).isTrue();
		assertThat(report.visibleTo(OTHER_PARTY)).isFalse();
		assertThat(report.visibleTo(OWNER_USER)).isTrue();
		assertThat(report.visibleTo(Viewer.anonymous())).isFalse();
	}

	private static ReportContent content(Confidentiality level) {
		var admin = new AdminPlacement("SY01", "Damascus", "SY0100", "Damascus", "SY010000", "Damascus");
		return new ReportContent(FILED.minusSeconds(3600), FILED.minusSeconds(3000), TimePrecision.EXACT,
				new ReportLocation(new GeoPoint(33.51, 36.28), LocationPrecision.EXACT, null, null, admin),
				Category.ARMED_CLASH, null, null, Casualties.unknown(), ObservationMethod.SEEN, "clash", level);
	}
}
