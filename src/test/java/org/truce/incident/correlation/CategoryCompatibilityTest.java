package org.truce.incident.correlation;

import org.junit.jupiter.api.Test;
import org.truce.report.Category;

import static org.assertj.core.api.Assertions.assertThat;

class CategoryCompatibilityTest {

	@Test
	void isSymmetricAndSameForItself() {
		for (var a : Category.values()) {
			assertThat(CategoryCompatibility.of(a, a)).isEqualTo(CategoryCompatibility.SAME);
			for (var b : Category.values()) {
				assertThat(CategoryCompatibility.of(a, b)).as("%s and %s", a, b).isEqualTo(CategoryCompatibility.of(b, a));
			}
		}
	}

	@Test
	void shellingAirStrikeAndAnArmedClashArePartiallyCompatible() {
		assertThat(CategoryCompatibility.of(Category.SHELLING_ARTILLERY_MISSILE_ATTACK, Category.AIR_DRONE_STRIKE))
			.isEqualTo(CategoryCompatibility.CLOSE);
		assertThat(CategoryCompatibility.of(Category.SHELLING_ARTILLERY_MISSILE_ATTACK, Category.ARMED_CLASH))
			.isEqualTo(CategoryCompatibility.RELATED);
	}

	@Test
	void ceasefireCategoriesMeetTheAcledOnesTheyMayDescribe() {
		assertThat(CategoryCompatibility.of(Category.ATTACK_ON_PROTECTED_SITE, Category.AIR_DRONE_STRIKE))
			.isEqualTo(CategoryCompatibility.CLOSE);
		assertThat(CategoryCompatibility.of(Category.HEAVY_WEAPONS_OUTSIDE_LINES, Category.SHELLING_ARTILLERY_MISSILE_ATTACK))
			.isEqualTo(CategoryCompatibility.CLOSE);
		assertThat(CategoryCompatibility.of(Category.ACCESS_DENIED, Category.AID_OBSTRUCTED)).isEqualTo(CategoryCompatibility.CLOSE);
		assertThat(CategoryCompatibility.of(Category.ACCESS_DENIED, Category.AIR_DRONE_STRIKE))
			.isEqualTo(CategoryCompatibility.UNRELATED);
	}

	@Test
	void otherIsRelatedToEverything() {
		for (var category : Category.values()) {
			assertThat(CategoryCompatibility.of(Category.OTHER, category)).isNotEqualTo(CategoryCompatibility.UNRELATED);
		}
	}
}
