package org.truce.incident;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.truce.agreement.Actor;
import org.truce.agreement.ActorId;
import org.truce.agreement.ActorKind;
import org.truce.agreement.Actors;
import org.truce.agreement.AdminAreas;
import org.truce.agreement.Designation;
import org.truce.agreement.DesignationId;
import org.truce.agreement.DesignationKind;
import org.truce.agreement.Dispute;
import org.truce.agreement.EffectivePeriod;
import org.truce.agreement.ZoneId;
import org.truce.agreement.ZoneKind;
import org.truce.agreement.ZoneRef;
import org.truce.agreement.Zones;
import org.truce.core.Confidentiality;
import org.truce.core.DelegationCode;
import org.truce.core.GeoPoint;
import org.truce.core.Role;
import org.truce.core.Viewer;
import org.truce.report.AdminPlacement;
import org.truce.report.Casualties;
import org.truce.report.Category;
import org.truce.report.LocationPrecision;
import org.truce.report.ObservationMethod;
import org.truce.report.ReportContent;
import org.truce.report.ReportDetails;
import org.truce.report.ReportId;
import org.truce.report.ReportLocation;
import org.truce.report.SourceKind;
import org.truce.report.TimePrecision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class ScopeAssessorTest {

	private static final Instant WHEN = Instant.parse("2017-02-10T06:00:00Z");
	private static final GeoPoint RAQQA = new GeoPoint(35.95, 39.01);
	private static final Viewer GUARANTOR = Viewer.member("guarantor.ru", new DelegationCode("RU"), Role.GUARANTOR);
	private static final Viewer PARTY = Viewer.member("party.opp", new DelegationCode("SYO"), Role.PARTY);

	private final Actors actors = mock(Actors.class);
	private final Zones zones = mock(Zones.class);
	private final AdminAreas adminAreas = mock(AdminAreas.class);
	private final ScopeAssessor assessor = new ScopeAssessor(actors, zones, adminAreas);

	@Test
	void anExcludedTargetFiresNamingTheDesignationAndItsDisputes() {
		var group = new ActorId(UUID.randomUUID());
		var designation = new Designation(new DesignationId(UUID.randomUUID()), DesignationKind.EXCLUDED_FROM_TRUCE,
				EffectivePeriod.from(Instant.parse("2016-12-29T22:00:00Z")), new DelegationCode("RU"), "Clause 5", WHEN,
				List.of(new Dispute(new DelegationCode("TR"), "A signatory", WHEN)));
		when(actors.find(group)).thenReturn(Optional.of(new Actor(group, "Ahrar al-Sham", List.of(), ActorKind.ARMED_GROUP, 5554,
				List.of(), List.of(designation))));
		when(actors.designationsAt(any(), any())).thenReturn(List.of(designation));
		when(adminAreas.withinAgreementArea(any())).thenReturn(true);
		var report = report(group);

		var scope = assessor.assess(List.of(report, report(group)), GUARANTOR);

		assertThat(scope.outsideTruce()).isTrue();
		var reason = (ScopeReason.ExcludedActor) scope.reasons().getFirst();
		assertThat(scope.reasons()).hasSize(1);
		assertThat(reason.reports()).hasSize(2);
		assertThat(reason.detail()).contains("Ahrar al-Sham", "RU", "Clause 5").doesNotContain("Disputed");
		assertThat(reason.designation().disputes()).extracting(d -> d.disputedBy().value()).containsExactly("TR");
	}

	@Test
	void anExcludedControlZoneFiresOnlyForViewersWhoMaySeeTheZone() {
		var zone = new ZoneRef(new ZoneId(UUID.randomUUID()), "Raqqa city", ZoneKind.EXCLUDED_CONTROL, Confidentiality.GUARANTORS,
				new DelegationCode("RU"));
		when(zones.zonesContaining(any(), any())).thenReturn(List.of(zone));
		when(adminAreas.withinAgreementArea(any())).thenReturn(true);

		var seen = assessor.assess(List.of(report(null)), GUARANTOR);
		var hidden = assessor.assess(List.of(report(null)), PARTY);

		assertThat(seen.reasons()).singleElement().isInstanceOf(ScopeReason.ExcludedControlZone.class);
		assertThat(seen.reasons().getFirst().detail()).contains("Raqqa city");
		assertThat(hidden.outsideTruce()).isFalse();
	}

	@Test
	void aPlaceOutsideTheAgreementsAreaFires() {
		when(adminAreas.withinAgreementArea(RAQQA)).thenReturn(false);

		assertThat(assessor.assess(List.of(report(null)), GUARANTOR).reasons()).singleElement()
			.isInstanceOf(ScopeReason.OutsideAgreementArea.class);
	}

	@Test
	void nothingFiresForAnOrdinaryReport() {
		when(adminAreas.withinAgreementArea(any())).thenReturn(true);

		assertThat(assessor.assess(List.of(report(null)), GUARANTOR)).isEqualTo(ScopeAssessment.of(List.of()));
	}

	private static ReportDetails report(ActorId target) {
		var admin = new AdminPlacement("SY11", "Ar-Raqqa", "SY1100", "Ar-Raqqa", "SY110000", "Ar-Raqqa");
		var content = new ReportContent(WHEN, WHEN.plusSeconds(900), TimePrecision.EXACT,
				new ReportLocation(RAQQA, LocationPrecision.EXACT, null, null, admin), Category.SHELLING_ARTILLERY_MISSILE_ATTACK,
				null, target, Casualties.unknown(), ObservationMethod.SEEN, "Shelling", Confidentiality.MECHANISM);
		return new ReportDetails(ReportId.random(), new DelegationCode("SYG"), SourceKind.DELEGATION, null, WHEN, WHEN, 1, content);
	}
}
