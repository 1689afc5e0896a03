package org.truce.core.database;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.truce.core.BackgroundWork;
import org.truce.core.DatabaseUnusableException;

/**
 * Chooses the database: the external server named by {@code TRUCE_DB_URL} when set, which must answer or the
 * application does not start, else the embedded server on the data directory. An application started read-only
 * ({@value BackgroundWork#READ_ONLY}) connects read-only, so that PostgreSQL itself refuses any write, and checks the
 * schema instead of migrating it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DatabaseConfiguration {

	private static final int LOGIN_TIMEOUT_SECONDS = 10;

	@Bean(destroyMethod = "close")
	DatabaseEndpoint databaseEndpoint(DatabaseProperties properties) {
		if (properties.external()) {
			var endpoint = new DatabaseEndpoint(properties.url(), properties.user(), properties.password(),
					withoutSecrets(properties.url()), null);
			checkReachable(endpoint);
			return endpoint;
		}
		var server = properties.ephemeral()
				? EmbeddedDatabaseServer.acquireEphemeral()
				: EmbeddedDatabaseServer.start(properties.dataDirOrDefault().resolve("pg"), properties.embeddedPort());
		return new DatabaseEndpoint(server.jdbcUrl(), "postgres", null, "embedded PostgreSQL on port " + server.port(), server);
	}

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(DatabaseEndpoint endpoint, @Value("${" + BackgroundWork.READ_ONLY + ":false}") boolean readOnly) {
		var config = new HikariConfig();
		config.setJdbcUrl(endpoint.jdbcUrl());
		if (endpoint.user() != null) {
			config.setUsername(endpoint.user());
		}
		if (endpoint.password() != null) {
			config.setPassword(endpoint.password());
		}
		config.setPoolName("truce");
		config.setMaximumPoolSize(20);
		if (readOnly) {
			config.setReadOnly(true);
			// Also the statements run outside a transaction: PostgreSQL's driver enforces read-only on transactions only.
			config.addDataSourceProperty("readOnlyMode", "always");
		}
		return new HikariDataSource(config);
	}

	/** Read-only, the schema must already be this version's: it is checked, never migrated. */
	@Bean
	@ConditionalOnBooleanProperty(BackgroundWork.READ_ONLY)
	FlywayMigrationStrategy validateOnly() {
		return flyway -> {
			var result = flyway.validateWithResult();
			if (!result.validationSuccessful) {
				throw new DatabaseUnusableException("The database's schema is not the one this version of Truce reads: "
						+ result.invalidMigrations.size() + " of its migrations are not applied, or differ",
						"Start the server on it once (truce serve), which migrates it; a read-only command changes nothing.", null);
			}
		};
	}

	private static void checkReachable(DatabaseEndpoint endpoint) {
		var info = new Properties();
		if (endpoint.user() != null) {
			info.setProperty("user", endpoint.user());
		}
		if (endpoint.password() != null) {
			info.setProperty("password", endpoint.password());
		}
		info.setProperty("loginTimeout", Integer.toString(LOGIN_TIMEOUT_SECONDS));
		info.setProperty("connectTimeout", Integer.toString(LOGIN_TIMEOUT_SECONDS));
		try (var connection = DriverManager.getConnection(endpoint.jdbcUrl(), info)) {
			connection.isValid(LOGIN_TIMEOUT_SECONDS);
		}
		catch (SQLException e) {
			throw new DatabaseUnusableException("Cannot reach the PostgreSQL server at " + endpoint.description() + ": " + e.getMessage(),
					"Start that server, or correct TRUCE_DB_URL, TRUCE_DB_USER and TRUCE_DB_PASSWORD. Truce never falls back "
							+ "to its embedded database when an external one is configured; unset TRUCE_DB_URL to use the embedded one.",
					e);
		}
	}

	/** A JDBC URL as it may be shown: without any password given in its query string. */
	static String withoutSecrets(String url) {
		return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
	}
}
