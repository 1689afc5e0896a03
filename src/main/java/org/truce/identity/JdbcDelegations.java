package org.truce.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.truce.core.DelegationCode;
import org.truce.core.Role;

@Repository
class JdbcDelegations implements Delegations {

	private final JdbcClient jdbc;

	JdbcDelegations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Delegation> all() {
		return jdbc.sql("SELECT code, name, role FROM delegation ORDER BY code").query(JdbcDelegations::map).list();
	}

	@Override
	public Optional<Delegation> find(DelegationCode code) {
		return jdbc.sql("SELECT code, name, role FROM delegation WHERE code = ?").param(code.value())
			.query(JdbcDelegations::map).optional();
	}

	@Override
	@Transactional
	public Delegation register(Delegation delegation) {
		jdbc.sql("""
				INSERT INTO delegation (code, name, role) VALUES (:code, :name, :role)
				ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, role = EXCLUDED.role""")
			.param("code", delegation.code().value())
			.param("name", delegation.name())
			.param("role", delegation.role().name())
			.update();
		return delegation;
	}

	private static Delegation map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Delegation(new DelegationCode(rs.getString("code")), rs.getString("name"), Role.valueOf(rs.getString("role")));
	}
}
