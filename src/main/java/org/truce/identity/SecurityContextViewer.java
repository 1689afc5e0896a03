package org.truce.identity;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.truce.core.Viewer;

@Component
class SecurityContextViewer implements CurrentViewer {

	@Override
	public Viewer get() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated() && authentication.getPrincipal() instanceof TruceUser user) {
			return user.viewer();
		}
		return Viewer.anonymous();
	}

	@Override
	public Viewer.Member member() {
		return get().asMember().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Sign in first"));
	}
}
