package org.truce.talks;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.truce.DemoUsers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The REST API as the demo users call it, with bearer tokens; answers read as JSON trees. */
public final class Api {

	private final MockMvc mvc;

	public Api(MockMvc mvc) {
		this.mvc = mvc;
	}

	public ResultActions get(String username, String path, Object... variables) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.get(path, variables)
			.header(HttpHeaders.AUTHORIZATION, DemoUsers.bearer(mvc, username)));
	}

	public ResultActions post(String username, String json, String path, Object... variables) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.post(path, variables)
			.header(HttpHeaders.AUTHORIZATION, DemoUsers.bearer(mvc, username))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	public static JsonNode json(ResultActions result) throws Exception {
		return JsonMapper.shared().readTree(result.andReturn().getResponse().getContentAsString());
	}

	/** A JSON string literal, quotes and escapes included. */
	public static String quoted(String text) {
		return JsonMapper.shared().writeValueAsString(text);
	}
}
