package org.truce.core.database;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.truce.core.DatabaseUnreachableException;

/**
 * Chooses the database: the external server named by {@code TRUCE_DB_URL} when set, which must answer or the
 * application does not start, else the embedded server on the data directory.
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
	HikariDataSource dataSource(DatabaseEndpoint endpoint) {
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
		return new HikariDataSource(config);
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
			throw new DatabaseUnreachableException(endpoint.description(), e);
		}
	}

	/** A JDBC URL as it may be shown: without any password given in its query string. */
	static String withoutSecrets(String url) {
		return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
	}
}
