package org.truce.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.truce.core.DelegationCode;
import org.truce.core.Role;
import org.truce.core.Viewer;

/** The signed-in principal: a user, the delegation it acts for and that delegation's role. */
final class TruceUser implements UserDetails, CredentialsContainer, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final String username;
	private final String delegation;
	private final Role role;
	private final boolean administrator;
	private final boolean enabled;
	private @Nullable String passwordHash;

	TruceUser(String username, DelegationCode delegation, Role role, boolean administrator, boolean enabled,
			@Nullable String passwordHash) {
		this.username = username;
		this.delegation = delegation.value();
		this.role = role;
		this.administrator = administrator;
		this.enabled = enabled;
		this.passwordHash = passwordHash;
	}

	Viewer.Member viewer() {
		return new Viewer.Member(username, new DelegationCode(delegation), role);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
		if (administrator) {
			authorities.add(new SimpleGrantedAuthority("ROLE_ADMIN"));
		}
		return authorities;
	}

	@Override
	public @Nullable String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof TruceUser user && user.username.equals(username);
	}

	@Override
	public int hashCode() {
		return username.hashCode();
	}

	@Override
	public String toString() {
		return username + " (" + delegation + ")";
	}
}
