package org.truce.talks;

import org.jspecify.annotations.Nullable;
import org.truce.core.Confidentiality;

/**
 * A proposal to table: its title, its text (the first version) and who may read it ({@code MECHANISM} when not given).
 * Fields are nullable because they come as typed; the module says which are missing.
 */
public record NewProposal(@Nullable String title, @Nullable String text, @Nullable Confidentiality confidentiality) {
}
