package org.truce.cli;

import java.util.Objects;

import picocli.CommandLine.IVersionProvider;

class TruceVersion implements IVersionProvider {

	@Override
	public String[] getVersion() {
		var version = TruceVersion.class.getPackage().getImplementationVersion();
		return new String[] { "truce " + Objects.requireNonNullElse(version, "(development build)") };
	}
}
