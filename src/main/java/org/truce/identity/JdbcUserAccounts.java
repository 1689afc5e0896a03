package org.truce.identity;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.truce.core.ConflictException;
import org.truce.core.DelegationCode;
import org.truce.core.InvalidInputException;
import org.truce.core.NotFoundException;
import org.truce.core.Role;

@Service
class JdbcUserAccounts implements UserAdministration, UserDetailsService {

	private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,63}");
	static final int MINIMUM_PASSWORD_LENGTH = 10;
	/** bcrypt reads no further than 72 bytes. */
	static final int MAXIMUM_PASSWORD_BYTES = 72;

	private final JdbcClient jdbc;
	private final PasswordEncoder passwords;
	private final Delegations delegations;
	private final Clock clock;

	JdbcUserAccounts(JdbcClient jdbc, PasswordEncoder passwords, Delegations delegations, Clock clock) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.delegations = delegations;
		this.clock = clock;
	}

	@Override
	@Transactional
	public UserSummary addUser(String username, DelegationCode delegation, String password, boolean administrator) {
		if (!USERNAME.matcher(username).matches()) {
			throw new InvalidInputException("username",
					"must be 3 to 64 lower-case letters, digits, dots, dashes or underscores, starting with a letter");
		}
		checkPassword(password);
		if (delegations.find(delegation).isEmpty()) {
			throw new InvalidInputException("delegation", "no delegation has the code " + delegation);
		}
		if (find(username).isPresent()) {
			throw new ConflictException("A user named " + username + " already exists");
		}
		var now = clock.instant().atOffset(ZoneOffset.UTC);
		jdbc.sql("""
				INSERT INTO app_user (username, delegation_code, password_hash, administrator, enabled, created_at, password_changed_at)
				VALUES (:username, :delegation, :hash, :administrator, TRUE, :now, :now)""")
			.param("username", username)
			.param("delegation", delegation.value())
			.param("hash", passwords.encode(password))
			.param("administrator", administrator)
			.param("now", now)
			.update();
		return new UserSummary(username, delegation, administrator, true);
	}

	@Override
	@Transactional
	public void provision(String username, DelegationCode delegation, String password, boolean administrator) {
		if (password.isEmpty() || password.getBytes(StandardCharsets.UTF_8).length > MAXIMUM_PASSWORD_BYTES) {
			throw new InvalidInputException("password", "must be 1 to " + MAXIMUM_PASSWORD_BYTES + " bytes long");
		}
		var now = clock.instant().atOffset(ZoneOffset.UTC);
		jdbc.sql("""
				INSERT INTO app_user (username, delegation_code, password_hash, administrator, enabled, created_at, password_changed_at)
				VALUES (:username, :delegation, :hash, :administrator, TRUE, :now, :now)
				ON CONFLICT (username) DO UPDATE SET delegation_code = EXCLUDED.delegation_code, password_hash = EXCLUDED.password_hash,
				    administrator = EXCLUDED.administrator, enabled = TRUE, password_changed_at = EXCLUDED.password_changed_at""")
			.param("username", username)
			.param("delegation", delegation.value())
			.param("hash", passwords.encode(password))
			.param("administrator", administrator)
			.param("now", now)
			.update();
	}

	@Override
	@Transactional
	public void changePassword(String username, String newPassword) {
		checkPassword(newPassword);
		int updated = jdbc.sql("UPDATE app_user SET password_hash = :hash, password_changed_at = :now WHERE username = :username")
			.param("hash", passwords.encode(newPassword))
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.param("username", username)
			.update();
		if (updated == 0) {
			throw new NotFoundException("user", username);
		}
	}

	@Override
	public Optional<UserSummary> find(String username) {
		return jdbc.sql("SELECT username, delegation_code, administrator, enabled FROM app_user WHERE username = ?")
			.param(username)
			.query(JdbcUserAccounts::summary)
			.optional();
	}

	@Override
	public List<UserSummary> all() {
		return jdbc.sql("SELECT username, delegation_code, administrator, enabled FROM app_user ORDER BY username")
			.query(JdbcUserAccounts::summary)
			.list();
	}

	@Override
	public TruceUser loadUserByUsername(String username) {
		return jdbc.sql("""
				SELECT u.username, u.delegation_code, u.password_hash, u.administrator, u.enabled, d.role
				FROM app_user u JOIN delegation d ON d.code = u.delegation_code
				WHERE u.username = ?""")
			.param(username)
			.query((rs, row) -> new TruceUser(rs.getString("username"), new DelegationCode(rs.getString("delegation_code")),
					Role.valueOf(rs.getString("role")), rs.getBoolean("administrator"), rs.getBoolean("enabled"),
					rs.getString("password_hash")))
			.optional()
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}

	private static void checkPassword(String password) {
		if (password.length() < MINIMUM_PASSWORD_LENGTH) {
			throw new InvalidInputException("password", "must be at least " + MINIMUM_PASSWORD_LENGTH + " characters long");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAXIMUM_PASSWORD_BYTES) {
			throw new InvalidInputException("password", "must be at most " + MAXIMUM_PASSWORD_BYTES + " bytes long");
		}
	}

	private static UserSummary summary(ResultSet rs, int row) throws SQLException {
		return new UserSummary(rs.getString("username"), new DelegationCode(rs.getString("delegation_code")),
				rs.getBoolean("administrator"), rs.getBoolean("enabled"));
	}
}
