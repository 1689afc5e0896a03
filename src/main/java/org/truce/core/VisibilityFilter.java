package org.truce.core;

import java.util.List;
import java.util.Map;

/**
 * The SQL form of {@link Viewer#canSee}: a predicate over an item's level and owner columns, so that lists,
 * counts and searches filter in the database exactly as a single read does.
 */
public record VisibilityFilter(String sql, Map<String, Object> parameters) {

	/**
	 * @param levelColumn column holding the item's {@link Confidentiality} name
	 * @param ownerColumn column holding the owning delegation's code
	 */
	public static VisibilityFilter of(Viewer viewer, String levelColumn, String ownerColumn) {
		return switch (viewer) {
			case Viewer.Anonymous anonymous -> new VisibilityFilter(levelColumn + " = 'PUBLIC'", Map.of());
			case Viewer.Member member -> {
				List<String> levels = member.role().readsGuarantorMaterial()
						? List.of("PUBLIC", "MECHANISM", "GUARANTORS")
						: List.of("PUBLIC", "MECHANISM");
				yield new VisibilityFilter(
						"(" + levelColumn + " IN (:visibleLevels) OR " + ownerColumn + " = :viewerDelegation)",
						Map.of("visibleLevels", levels, "viewerDelegation", member.delegation().value()));
			}
		};
	}
}
