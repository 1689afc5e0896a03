package org.truce.demo;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.truce.core.DelegationCode;
import org.truce.report.Category;

/**
 * The benchmark's narratives: each delegation's own wording of an event. What a narrative can tell is drawn from the
 * event's record — the place GED names (most of the time), the words of one of the news reports GED cites (about half of
 * them, in their order; GED often cites a day's summary that many events share, so these words often tell little), the
 * time of day now and then — wrapped in the reporter's way of naming the sides (the regime or the government, terrorists
 * or the armed opposition), its own verb for what happened and its own count of the dead. Seeded through the corpus's
 * random source.
 */
final class BenchmarkNarratives {

	private static final Pattern WORDS = Pattern.compile("[\\p{L}’'-]+");
	private static final Pattern PLACE_SUFFIX = Pattern.compile(
			"\\s+(town|village|city|district|sub-district|governorate|area|camp|neighbou?rhood)$", Pattern.CASE_INSENSITIVE);
	private static final Set<String> PRO_GOVERNMENT = Set.of("SYG", "RU", "IR");
	private static final Set<String> PRO_OPPOSITION = Set.of("SYO", "TR");
	private static final Map<Category, List<String>> VERBS = Map.of(
			Category.AIR_DRONE_STRIKE, List.of("carried out air strikes on", "bombed", "struck from the air",
					"dropped barrel bombs on"),
			Category.SHELLING_ARTILLERY_MISSILE_ATTACK, List.of("shelled", "fired mortar rounds at", "targeted with artillery",
					"fired rockets at"),
			Category.ARMED_CLASH, List.of("clashed with the other side in", "attacked positions in", "fought in"),
			Category.ATTACK, List.of("attacked civilians in", "opened fire on people in"),
			Category.REMOTE_EXPLOSIVE_LANDMINE_IED, List.of("set off an explosive device in", "planted a bomb in"),
			Category.SUICIDE_BOMB, List.of("sent a suicide bomber into", "detonated a car bomb in"),
			Category.ATTACK_ON_PROTECTED_SITE, List.of("hit a hospital in", "struck a school in"),
			Category.HEAVY_WEAPONS_OUTSIDE_LINES, List.of("moved heavy weapons into", "brought tanks up to"),
			Category.GOVERNMENT_REGAINS_TERRITORY, List.of("retook ground in", "advanced into"),
			Category.NON_STATE_ACTOR_OVERTAKES_TERRITORY, List.of("seized positions in", "overran checkpoints in"));

	private final Random random;
	private final Wording wording;

	/** @param random a source of its own, so that the wording can change and the rest of the corpus stay the same */
	BenchmarkNarratives(Random random, Wording wording) {
		this.random = random;
		this.wording = wording;
	}

	String narrative(GedEvent event, DelegationCode reporter, int perpetrator, Category category, @Nullable Integer killed,
			@Nullable Integer civilians, LocalTime timeOfDay) {
		if (wording == Wording.NONE) {
			return "";
		}
		var text = new StringBuilder(side(perpetrator, event, reporter)).append(' ')
			.append(pick(VERBS.getOrDefault(category, List.of("were involved in an incident in"))))
			.append(' ')
			.append(place(event));
		if (random.nextDouble() < wording.givesTimeOfDay) {
			text.append(" in the ").append(periodOf(timeOfDay));
		}
		text.append(killed == null ? "; casualties unknown" : killed == 0 ? "; no one was killed" : "; " + killed + " killed"
				+ (civilians == null || civilians == 0 ? "" : ", " + civilians + " of them civilians"));
		var kept = keptWords(event.headline());
		if (!kept.isEmpty()) {
			text.append(". ").append(String.join(" ", kept));
		}
		return text.append('.').toString();
	}

	/** How the reporter names the perpetrator: each side has its own word for the other. */
	private String side(int actor, GedEvent event, DelegationCode reporter) {
		boolean loyal = PRO_GOVERNMENT.contains(reporter.value());
		boolean opposed = PRO_OPPOSITION.contains(reporter.value());
		return switch (actor) {
			case GedReportMapping.GOVERNMENT_OF_SYRIA -> opposed ? pick(List.of("Regime forces", "Assad's militias"))
					: pick(List.of("Government forces", "The Syrian army"));
			case GedReportMapping.SYRIAN_INSURGENTS -> loyal ? pick(List.of("Terrorist groups", "Militants"))
					: pick(List.of("Armed opposition factions", "Rebels"));
			case GedReportMapping.ISLAMIC_STATE -> pick(List.of("ISIL", "Daesh", "The Islamic State"));
			case GedReportMapping.JABHAT_FATEH_AL_SHAM -> pick(List.of("Jabhat Fateh al-Sham", "Nusra Front"));
			default -> actor == event.sideAId() ? event.sideA() : actor == event.sideBId() ? event.sideB() : "Unidentified forces";
		};
	}

	private String place(GedEvent event) {
		double draw = random.nextDouble();
		if (draw < wording.namesPlace && !event.whereCoordinates().isBlank()) {
			return PLACE_SUFFIX.matcher(event.whereCoordinates().strip()).replaceAll("");
		}
		if (draw < wording.namesPlace + wording.namesGovernorate && !event.adm1().isBlank()) {
			return PLACE_SUFFIX.matcher(event.adm1().strip()).replaceAll("") + " province";
		}
		return "the area";
	}

	/** Some of the words of one of the news reports GED cites for the event, in their order. */
	private List<String> keptWords(String headlines) {
		var cited = headlines.split(";");
		var matcher = WORDS.matcher(cited[random.nextInt(cited.length)]);
		var kept = new ArrayList<String>();
		while (matcher.find()) {
			if (random.nextDouble() < wording.keepsWord) {
				kept.add(matcher.group().toLowerCase(Locale.ROOT));
			}
		}
		return kept;
	}

	private static String periodOf(LocalTime time) {
		int hour = time.getHour();
		return hour < 11 ? "morning" : hour < 14 ? "middle of the day" : hour < 18 ? "afternoon" : "evening";
	}

	private String pick(List<String> choices) {
		return choices.get(random.nextInt(choices.size()));
	}

	/**
	 * How much of what tells an event apart the narratives carry: how often one names the place GED gives (or else the
	 * governorate), how many of the cited report's words it keeps, how often it says when in the day it happened.
	 * {@code SPARSE} halves all of it; {@code NONE} writes no narrative at all.
	 */
	enum Wording {
		FULL(0.7, 0.2, 0.5, 0.3), SPARSE(0.35, 0.2, 0.25, 0.15), NONE(0, 0, 0, 0);

		private final double namesPlace;
		private final double namesGovernorate;
		private final double keepsWord;
		private final double givesTimeOfDay;

		Wording(double namesPlace, double namesGovernorate, double keepsWord, double givesTimeOfDay) {
			this.namesPlace = namesPlace;
			this.namesGovernorate = namesGovernorate;
			this.keepsWord = keepsWord;
			this.givesTimeOfDay = givesTimeOfDay;
		}
	}
}
