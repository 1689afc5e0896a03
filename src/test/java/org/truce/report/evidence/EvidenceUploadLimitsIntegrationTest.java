package org.truce.report.evidence;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.truce.DemoUsers;
import org.truce.TruceIntegrationTest;
import org.truce.core.Confidentiality;
import org.truce.core.DelegationCode;
import org.truce.core.Role;
import org.truce.core.Viewer;
import org.truce.report.ReportRegister;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.truce.report.ReportDrafts.aReport;

/**
 * Uploads refused as a whole, through the servlet container as a client meets them: too large for the evidence limit
 * (50 MB, which the container's multipart limits follow), or not a multipart upload at all. Each answers a problem
 * detail naming the limit or the type expected.
 */
@TruceIntegrationTest
class EvidenceUploadLimitsIntegrationTest {

	private static final long LIMIT = 50L * 1024 * 1024;
	private static final String BOUNDARY = "truce-test-boundary";

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	ReportRegister register;

	@Test
	void aFileOneByteOverTheLimitIsRefusedWithAProblemNamingTheLimit() throws Exception {
		var refused = upload(LIMIT + 1);

		assertThat(refused.statusCode()).isEqualTo(413);
		assertThat(refused.headers().firstValue(HttpHeaders.CONTENT_TYPE)).hasValueSatisfying(
				type -> assertThat(type).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE));
		var problem = JsonMapper.shared().readTree(refused.body());
		assertThat(problem.get("field").asString()).isEqualTo("file");
		assertThat(problem.get("maxFileSize").asLong()).isEqualTo(LIMIT);
		assertThat(problem.get("detail").asString()).isEqualTo("The upload is too large: the file must be at most 50 MB (52,428,800 bytes)");
	}

	@Test
	void aRequestFarOverTheLimitIsRefusedBeforeItIsReadWithTheSameProblem() throws Exception {
		var refused = upload(60L * 1024 * 1024);

		assertThat(refused.statusCode()).isEqualTo(413);
		assertThat(JsonMapper.shared().readTree(refused.body()).get("maxFileSize").asLong()).isEqualTo(LIMIT);
	}

	@Test
	void aFileAtTheLimitIsAccepted() throws Exception {
		assertThat(upload(LIMIT).statusCode()).isEqualTo(201);
	}

	@Test
	void aBodyThatIsNoMultipartUploadIsRefusedWithAProblemNamingTheTypeExpected() throws Exception {
		mvc.perform(post("/api/v1/reports/" + report() + "/evidence").header(HttpHeaders.AUTHORIZATION, DemoUsers.bearer(mvc, "party.gov"))
				.contentType(MediaType.IMAGE_JPEG).content(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().string(HttpHeaders.ACCEPT, MediaType.MULTIPART_FORM_DATA_VALUE))
			.andExpect(jsonPath("$.field").value("Content-Type"))
			.andExpect(jsonPath("$.detail").value("A body of type image/jpeg is not taken here; the Content-Type must be "
					+ "multipart/form-data"));
		mvc.perform(post("/api/v1/cases").header(HttpHeaders.AUTHORIZATION, DemoUsers.bearer(mvc, "guarantor.ru"))
				.contentType(MediaType.TEXT_PLAIN).content("incident"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.field").value("Content-Type"));
	}

	private HttpResponse<String> upload(long size) throws Exception {
		var head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.bin\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
		var tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII);
		var body = new ByteArrayOutputStream();
		body.write(head);
		body.write(new byte[Math.toIntExact(size)]);
		body.write(tail);
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/reports/" + report() + "/evidence"))
			.header(HttpHeaders.AUTHORIZATION, DemoUsers.bearer(mvc, "party.gov"))
			.header(HttpHeaders.CONTENT_TYPE, "multipart/form-data; boundary=" + BOUNDARY)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
		try (var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
			return client.send(request, HttpResponse.BodyHandlers.ofString());
		}
	}

	private UUID report() {
		return register.file(aReport().confidentiality(Confidentiality.MECHANISM).build(),
				new Viewer.Member("party.gov", new DelegationCode("SYG"), Role.PARTY), null).report().id().value();
	}
}
