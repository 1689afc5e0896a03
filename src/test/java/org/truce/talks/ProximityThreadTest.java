package org.truce.talks;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.truce.core.DelegationCode;
import org.truce.core.ForbiddenException;
import org.truce.core.InvalidInputException;
import org.truce.core.NotFoundException;
import org.truce.core.Role;
import org.truce.core.Viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.truce.talks.Cast.GUARANTOR_RU;
import static org.truce.talks.Cast.GUARANTOR_TR;
import static org.truce.talks.Cast.OBSERVER_JO;
import static org.truce.talks.Cast.PARTY_GOV;
import static org.truce.talks.Cast.PARTY_OPP;
import static org.truce.talks.Cast.SECRETARIAT_KZ;

class ProximityThreadTest {

	private static final Instant AT = Instant.parse("2017-01-23T12:00:00Z");
	private static final Map<String, Role> ROLES = Map.of("RU", Role.GUARANTOR, "UN", Role.OBSERVER, "SYG", Role.PARTY, "SYO",
			Role.PARTY, "JO", Role.OBSERVER);

	@Test
	void theSecretariatOpensTalksWithAThreadPerPartyAndAMediatorThatIsNoParty() {
		var talks = open(new NewTalks("Astana", "RU", List.of("SYG", "SYO")));

		assertThat(talks.threads()).extracting(ProximityThread::party).extracting(DelegationCode::value)
			.containsExactly("SYG", "SYO");
		assertThat(talks.visibleTo(GUARANTOR_RU)).isTrue();
		assertThat(talks.visibleTo(SECRETARIAT_KZ)).isTrue();
		assertThat(talks.visibleTo(PARTY_GOV)).as("a party does not learn who else takes part").isFalse();
		assertThat(talks.visibleTo(GUARANTOR_TR)).isFalse();

		assertThatThrownBy(() -> Talks.open(new NewTalks("Astana", "RU", List.of("SYG", "SYO")), this::role, GUARANTOR_RU, AT))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> open(new NewTalks("Astana", "SYG", List.of("SYG", "SYO"))))
			.isInstanceOf(InvalidInputException.class).hasMessageStartingWith("mediator:");
		assertThatThrownBy(() -> open(new NewTalks("Astana", "UN", List.of("SYG", "JO"))))
			.isInstanceOf(InvalidInputException.class).hasMessageStartingWith("parties[1]:");
		assertThatThrownBy(() -> open(new NewTalks("Astana", "UN", List.of("SYG", "SYG"))))
			.isInstanceOf(InvalidInputException.class).hasMessageStartingWith("parties[1]:");
		assertThatThrownBy(() -> open(new NewTalks("Astana", "XX", List.of("SYG", "SYO"))))
			.isInstanceOf(InvalidInputException.class).hasMessageStartingWith("mediator:");
		assertThatThrownBy(() -> open(new NewTalks("Astana", "UN", List.of("SYG"))))
			.isInstanceOf(InvalidInputException.class).hasMessageStartingWith("parties:");
	}

	@Test
	void thePartyAndTheMediatorPostAndAnyoneElseFindsNoThread() {
		var opposition = threadOf(open(new NewTalks("Astana", "RU", List.of("SYG", "SYO"))), "SYO");

		var fromParty = opposition.post("We will not sit with them.", PARTY_OPP, AT);
		var fromMediator = opposition.post("Noted.", GUARANTOR_RU, AT);

		assertThat(fromParty.author()).isEqualTo(Author.PARTY);
		assertThat(fromMediator.author()).isEqualTo(Author.MEDIATOR);
		assertThat(opposition.takeEvents()).containsExactly(
				new MessagePosted(fromParty.id(), opposition.id(), talksOf(opposition), PARTY_OPP.delegation(), AT),
				new MessagePosted(fromMediator.id(), opposition.id(), talksOf(opposition), GUARANTOR_RU.delegation(), AT));
		for (var outsider : List.of(PARTY_GOV, GUARANTOR_TR, OBSERVER_JO, SECRETARIAT_KZ)) {
			assertThatThrownBy(() -> opposition.post("Hello", outsider, AT)).isInstanceOf(NotFoundException.class);
			assertThat(opposition.visibleTo(outsider)).isFalse();
		}
		assertThat(opposition.visibleTo(Viewer.anonymous())).isFalse();
		assertThatThrownBy(() -> opposition.post(" ", PARTY_OPP, AT)).isInstanceOf(InvalidInputException.class)
			.hasMessageStartingWith("text:");
	}

	@Test
	void theMediatorRelaysAsItsOwnMessageAndOnlyTheMediatorLearnsTheSource() {
		var talks = open(new NewTalks("Astana", "RU", List.of("SYG", "SYO")));
		var opposition = threadOf(talks, "SYO");
		var government = threadOf(talks, "SYG");
		var original = opposition.post("Raw words, with names.", PARTY_OPP, AT);

		var relay = opposition.relay(original, government, "The other side is ready to talk.", GUARANTOR_RU, AT);

		assertThat(relay.threadId()).isEqualTo(government.id());
		assertThat(relay.author()).isEqualTo(Author.MEDIATOR);
		assertThat(relay.delegation()).isEqualTo(GUARANTOR_RU.delegation());
		assertThat(relay.text()).isEqualTo("The other side is ready to talk.");
		assertThat(government.shownTo(relay, GUARANTOR_RU).relayOf())
			.isEqualTo(new Message.RelaySource(original.id(), opposition.id(), PARTY_OPP.delegation()));
		assertThat(government.shownTo(relay, PARTY_GOV).relayOf()).isNull();
		assertThat(opposition.takeEvents()).last().isEqualTo(new MessageRelayed(relay.id(), original.id(), opposition.id(),
				government.id(), talksOf(opposition), GUARANTOR_RU.delegation(), AT));
	}

	@Test
	void onlyTheMediatorRelaysAndOnlyIntoAnotherThreadOfTheSameTalks() {
		var talks = open(new NewTalks("Astana", "RU", List.of("SYG", "SYO")));
		var opposition = threadOf(talks, "SYO");
		var government = threadOf(talks, "SYG");
		var elsewhere = threadOf(open(new NewTalks("Other", "RU", List.of("SYG", "SYO"))), "SYG");
		var original = opposition.post("Text", PARTY_OPP, AT);

		assertThatThrownBy(() -> opposition.relay(original, government, "Text", PARTY_OPP, AT))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> opposition.relay(original, null, "Text", PARTY_OPP, AT))
			.as("a party learns nothing of the target it named").isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> opposition.relay(original, government, "Text", PARTY_GOV, AT))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> opposition.relay(original, opposition, "Text", GUARANTOR_RU, AT))
			.isInstanceOf(InvalidInputException.class).hasMessageStartingWith("toThreadId:");
		assertThatThrownBy(() -> opposition.relay(original, elsewhere, "Text", GUARANTOR_RU, AT))
			.isInstanceOf(InvalidInputException.class).hasMessageStartingWith("toThreadId:");
		assertThatThrownBy(() -> opposition.relay(original, null, "Text", GUARANTOR_RU, AT))
			.isInstanceOf(InvalidInputException.class).hasMessageStartingWith("toThreadId:");
		assertThatThrownBy(() -> opposition.relay(original, government, "", GUARANTOR_RU, AT))
			.isInstanceOf(InvalidInputException.class).hasMessageStartingWith("text:");
	}

	private Talks open(NewTalks draft) {
		return Talks.open(draft, this::role, SECRETARIAT_KZ, AT);
	}

	private Optional<Role> role(DelegationCode code) {
		return Optional.ofNullable(ROLES.get(code.value()));
	}

	private static ProximityThread threadOf(Talks talks, String party) {
		return talks.threads().stream().filter(t -> t.party().value().equals(party)).findFirst().orElseThrow();
	}

	private static TalksId talksOf(ProximityThread thread) {
		return thread.summary(PARTY_OPP, List.of()).talksId();
	}
}
