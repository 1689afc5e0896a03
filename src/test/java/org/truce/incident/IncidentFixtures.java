package org.truce.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.truce.DemoUsers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Files reports through the API as the demo users and waits for the engine to place them, for the incident tests. */
public final class IncidentFixtures {

	private final MockMvc mvc;
	private final JdbcClient jdbc;

	public IncidentFixtures(MockMvc mvc, JdbcClient jdbc) {
		this.mvc = mvc;
		this.jdbc = jdbc;
	}

	/** A shelling at the point, a quarter of an hour from the instant, naming no actor. */
	String file(String username, Instant at, double lat, double lon, String level) throws Exception {
		return file(username, report(at, lat, lon, null, null, level));
	}

	public String file(String username, String body) throws Exception {
		return json(call(username, post("/api/v1/reports").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString()).get("id").asString();
	}

	public static String report(Instant at, double lat, double lon, @Nullable String perpetrator, @Nullable String target,
			String level) {
		return """
				{"occurredFrom": "%s", "occurredTo": "%s", "timePrecision": "EXACT",
				 "location": {"lat": %s, "lon": %s, "precision": "EXACT"}, "category": "shelling-artillery-missile-attack",
				 "allegedPerpetratorActorId": %s, "targetActorId": %s, "casualties": {"killed": 2},
				 "observedBy": "SEEN", "narrative": "Shells fell near the market.", "confidentiality": "%s"}"""
			.formatted(at, at.plus(Duration.ofMinutes(15)), lat, lon, quoted(perpetrator), quoted(target), level);
	}

	/** The incident the report counts in, as the reader sees it on the report, once no report awaits the engine. */
	public String incidentOf(String report, String reader) throws Exception {
		var incident = new ArrayList<String>(1);
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
			if (jdbc.sql("SELECT count(*) FROM incident_report WHERE pending").query(Long.class).single() > 0) {
				return false;
			}
			var seen = read(reader, "/api/v1/reports/" + report);
			if (seen.hasNonNull("incidentId")) {
				incident.add(seen.get("incidentId").asString());
				return true;
			}
			return false;
		});
		return incident.getFirst();
	}

	public JsonNode read(String username, String path) throws Exception {
		return json(call(username, get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	ResultActions act(String username, String path, String body) throws Exception {
		return call(username, post(path).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	ResultActions call(String username, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, DemoUsers.bearer(mvc, username)));
	}

	static List<String> ids(JsonNode array) {
		var ids = new ArrayList<String>();
		array.forEach(id -> ids.add(id.asString()));
		return ids;
	}

	static JsonNode json(String body) {
		return JsonMapper.shared().readTree(body);
	}

	private static String quoted(@Nullable String id) {
		return id == null ? "null" : "\"" + id + "\"";
	}
}
