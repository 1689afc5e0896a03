package org.truce.demo;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.truce.core.BackgroundWork;

/**
 * Seeds the reference scenario when the demo runs, then prints how to sign in. Every step is idempotent, so a
 * restart on the same data directory finds everything in place and adds nothing. Never in an application started
 * read-only, whatever {@code truce.demo.enabled} says.
 */
@Component
@ConditionalOnProperty(name = "truce.demo.enabled", havingValue = "true")
@BackgroundWork
class DemoSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

	private final DemoLogins logins;
	private final ScenarioAgreement agreement;
	private final ScenarioActors actors;
	private final ScenarioReports reports;
	private final ScenarioHumanitarian humanitarian;
	private final ScenarioTalks talks;
	private final ScenarioVerification verification;
	private final ScenarioMeetings meetings;
	private final Environment environment;

	DemoSeeder(DemoLogins logins, ScenarioAgreement agreement, ScenarioActors actors, ScenarioReports reports,
			ScenarioHumanitarian humanitarian, ScenarioTalks talks, ScenarioVerification verification, ScenarioMeetings meetings,
			Environment environment) {
		this.verification = verification;
		this.meetings = meetings;
		this.humanitarian = humanitarian;
		this.logins = logins;
		this.agreement = agreement;
		this.actors = actors;
		this.reports = reports;
		this.talks = talks;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		var started = System.nanoTime();
		var accounts = logins.seed();
		agreement.seed();
		var actorIds = actors.seed();
		int created = reports.seed(new GedReportMapping(ucdpId -> Optional.ofNullable(actorIds.get(ucdpId))));
		humanitarian.seed();
		talks.seed();
		verification.seed(actorIds);
		meetings.seed();
		log.info("Demo scenario seeded in {} ms: {} new reports", (System.nanoTime() - started) / 1_000_000, created);
		print(accounts, System.out);
	}

	private void print(List<DemoLogins.Login> accounts, PrintStream out) {
		var port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
		out.println();
		out.println("Truce demo: http://localhost:" + port + "/  (API: /api/v1, docs: /swagger-ui.html)");
		out.println("Sign in as:");
		for (var account : accounts) {
			out.printf("  %-16s %-20s %-4s %-12s %s%n", account.username(), account.password(), account.member().code(),
					account.member().role(), account.member().name());
		}
		out.println();
		out.flush();
	}
}
