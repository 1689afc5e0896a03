package org.truce.agreement;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.truce.core.InvalidInputException;

/**
 * An actor to register, or, when seeding, to register or bring up to date.
 *
 * @param ucdpId its id in the UCDP actor list, if it has one
 */
public record NewActor(String name, List<String> aliases, ActorKind kind, @Nullable Integer ucdpId,
		List<NewAffiliation> affiliations) {

	public NewActor {
		name = Texts.required("name", name, Texts.NAME_LENGTH);
		var checkedAliases = new ArrayList<String>();
		for (int i = 0; i < aliases.size(); i++) {
			checkedAliases.add(Texts.required("aliases[" + i + "]", aliases.get(i), Texts.NAME_LENGTH));
		}
		aliases = List.copyOf(checkedAliases);
		if (ucdpId != null && ucdpId <= 0) {
			throw new InvalidInputException("ucdpId", "must be a positive UCDP actor id");
		}
		affiliations = List.copyOf(affiliations);
	}

	public NewActor(String name, List<String> aliases, ActorKind kind, @Nullable Integer ucdpId) {
		this(name, aliases, kind, ucdpId, List.of());
	}
}
