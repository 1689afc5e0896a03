package org.truce;

import java.nio.file.Path;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
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

	/** DESIGN §4: the ledger knows no other module than the core; the others record into it and implement its SPI. */
	@Test
	void theLedgerDependsOnTheCoreAlone() {
		var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.truce");
		noClasses().that().resideInAPackage("org.truce.ledger..")
			.should().dependOnClassesThat().resideInAnyPackage("org.truce.identity..", "org.truce.agreement..",
					"org.truce.report..", "org.truce.demo..", "org.truce.cli..")
			.check(classes);
		assertThat(classes.stream().filter(c -> c.getPackageName().startsWith("org.truce.ledger"))).isNotEmpty();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeDocumentation();
		assertThat(Path.of("target/spring-modulith-docs", "components.puml")).exists();
	}
}
