package org.truce.core;

import java.net.URI;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Absolute links to the application's resources, as seen by the client of the current request. */
public final class Links {

	private Links() {
	}

	/** The absolute URI of a path such as {@code /api/v1/reports/{id}}, its variables filled in and encoded. */
	public static URI to(String pathTemplate, Object... variables) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path(pathTemplate).buildAndExpand(variables).encode().toUri();
	}
}
