package org.truce;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/** The module structure holds (no cycles, no reaching into internals), and its documentation is written. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(TruceApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
		assertThat(modules.stream().map(m -> m.getBasePackage().getName()))
			.contains("org.truce.core", "org.truce.identity");
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeDocumentation();
		assertThat(Path.of("target/spring-modulith-docs", "components.puml")).exists();
	}
}
