package org.truce.agreement.geo;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/** Opens the data files shipped in the jar. */
final class Resources {

	private Resources() {
	}

	static InputStream open(String resource) {
		var in = Resources.class.getClassLoader().getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException("Missing classpath resource " + resource);
		}
		return in;
	}

	static Reader utf8(String resource) {
		return new BufferedReader(new InputStreamReader(open(resource), StandardCharsets.UTF_8));
	}
}
