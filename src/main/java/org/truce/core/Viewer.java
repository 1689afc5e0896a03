package org.truce.core;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Who is reading: a user of a delegation with its role, or the anonymous public. Every read path asks
 * the viewer what it may see; the answer depends only on the delegation's role and the item's level.
 */
public sealed interface Viewer {

	static Viewer anonymous() {
		return Anonymous.INSTANCE;
	}

	static Viewer member(String username, DelegationCode delegation, Role role) {
		return new Member(username, delegation, role);
	}

	boolean canSee(Confidentiality level, @Nullable DelegationCode owner);

	Optional<Member> asMember();

	/** A signed-in user acting for a delegation. */
	record Member(String username, DelegationCode delegation, Role role) implements Viewer {

		@Override
		public boolean canSee(Confidentiality level, @Nullable DelegationCode owner) {
			if (delegation.equals(owner)) {
				return true;
			}
			return switch (level) {
				case PUBLIC, MECHANISM -> true;
				case GUARANTORS -> role.readsGuarantorMaterial();
				case PRIVATE -> false;
			};
		}

		public boolean owns(@Nullable DelegationCode owner) {
			return delegation.equals(owner);
		}

		@Override
		public Optional<Member> asMember() {
			return Optional.of(this);
		}
	}

	/** The public: reads {@link Confidentiality#PUBLIC} items only. */
	enum Anonymous implements Viewer {
		INSTANCE;

		@Override
		public boolean canSee(Confidentiality level, @Nullable DelegationCode owner) {
			return level == Confidentiality.PUBLIC;
		}

		@Override
		public Optional<Member> asMember() {
			return Optional.empty();
		}
	}
}
