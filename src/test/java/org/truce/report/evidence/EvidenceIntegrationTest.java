package org.truce.report.evidence;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.truce.DemoUsers;
import org.truce.TruceIntegrationTest;
import org.truce.core.Confidentiality;
import org.truce.core.DelegationCode;
import org.truce.core.Role;
import org.truce.core.Viewer;
import org.truce.ledger.LedgerReferences;
import org.truce.report.ReportRegister;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.truce.report.ReportDrafts.aReport;
import static org.truce.report.evidence.TestImages.GPS_MARKER;
import static org.truce.report.evidence.TestImages.contains;

@TruceIntegrationTest
class EvidenceIntegrationTest {

	private static final Viewer.Member PARTY_GOV = new Viewer.Member("party.gov", new DelegationCode("SYG"), Role.PARTY);

	@Autowired
	MockMvc mvc;

	@Autowired
	ReportRegister register;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPhotoKeepsItsMetadataForGuarantorsAndLosesItForEveryoneElse() throws Exception {
		var report = reportAt(Confidentiality.MECHANISM);
		var photo = TestImages.jpegWithExif();
		var id = idOf(attach("party.gov", report, "shelling.jpg", photo, null)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.mediaType").value("image/jpeg"))
			.andExpect(jsonPath("$.confidentiality").value("MECHANISM"))
			.andExpect(jsonPath("$.size").value(photo.length)));

		var original = download("guarantor.ru", report, id)
			.andExpect(status().isOk())
			.andExpect(header().string("X-Metadata-Stripped", "false"))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(original).isEqualTo(photo);

		var copy = download("observer.un", report, id)
			.andExpect(status().isOk())
			.andExpect(header().string("X-Metadata-Stripped", "true"))
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "image/jpeg"))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(contains(copy, GPS_MARKER)).isFalse();
		assertThat(TestImages.decode(copy)).isNotNull();
	}

	@Test
	void theTypeComesFromTheContentNotTheName() throws Exception {
		var report = reportAt(Confidentiality.MECHANISM);
		attach("party.gov", report, "photo.jpg", "<script>alert(1)</script>".getBytes(), null)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.mediaType").value("text/plain"));
	}

	@Test
	void aFileIsSeenOnlyByThoseItsLevelAllowsByEveryPath() throws Exception {
		var report = reportAt(Confidentiality.MECHANISM);
		var id = idOf(attach("party.gov", report, "witness.txt", "A witness's name".getBytes(), "GUARANTORS")
			.andExpect(status().isCreated()));

		download("observer.jo", report, id).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/reports/" + report + "/evidence").header(HttpHeaders.AUTHORIZATION, bearer("observer.jo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items").isEmpty());
		download("guarantor.tr", report, id).andExpect(status().isOk());
		assertThat(jdbc.sql("SELECT count(*) FROM access_log WHERE subject_type = 'evidence' AND delegation = 'TR'")
			.query(Long.class).single()).isPositive();
	}

	@Test
	void whoeverSeesAFileChecksItsAttachmentAgainstTheLedger() throws Exception {
		var references = new LedgerReferences(mvc);
		var report = reportAt(Confidentiality.MECHANISM);
		var bytes = "A witness's statement".getBytes();
		var id = idOf(attach("party.gov", report, "statement.txt", bytes, "GUARANTORS").andExpect(status().isCreated()));
		var path = "/api/v1/reports/" + report + "/evidence/" + id + "/ledger";

		var attached = references.check("guarantor.ir", path);
		assertThat(attached.entry().get("type").asString()).isEqualTo("evidence.attached");
		assertThat(attached.entry().get("subjectId").asString()).isEqualTo(id);
		assertThat(attached.content().get("sha256").asString()).isEqualTo(HexFormat.of().formatHex(
				MessageDigest.getInstance("SHA-256").digest(bytes)));
		references.check("party.gov", path);
		references.hidden("observer.jo", path);
		references.hidden("party.opp", path);
		references.hidden("guarantor.ir", "/api/v1/reports/" + reportAt(Confidentiality.MECHANISM) + "/evidence/" + id + "/ledger");
		assertThat(jdbc.sql("SELECT count(*) FROM access_log WHERE subject_type = 'evidence' AND subject_id = ? AND delegation = ?")
			.params(UUID.fromString(id), "IR").query(Long.class).single()).isPositive();
	}

	@Test
	void onlyTheReportsDelegationAttachesAndNeverBelowTheReportsLevel() throws Exception {
		var report = reportAt(Confidentiality.GUARANTORS);
		attach("guarantor.ru", report, "x.txt", "x".getBytes(), null).andExpect(status().isForbidden());
		attach("party.opp", report, "x.txt", "x".getBytes(), null).andExpect(status().isNotFound());
		attach("party.gov", report, "x.txt", "x".getBytes(), "MECHANISM")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("confidentiality"));
		attach("party.gov", report, "empty.txt", new byte[0], null)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("file"));
	}

	@Test
	void aFileOverTheLimitIsRefusedWith413() throws Exception {
		var report = reportAt(Confidentiality.MECHANISM);
		attach("party.gov", report, "huge.bin", new byte[50 * 1024 * 1024 + 1], null)
			.andExpect(status().isPayloadTooLarge());
	}

	private String reportAt(Confidentiality level) {
		return register.file(aReport().confidentiality(level).build(), PARTY_GOV, null).report().id().toString();
	}

	private ResultActions attach(String username, String report, String filename, byte[] bytes, String level) throws Exception {
		var request = multipart("/api/v1/reports/" + report + "/evidence")
			.file(new MockMultipartFile("file", filename, MediaType.APPLICATION_OCTET_STREAM_VALUE, bytes))
			.header(HttpHeaders.AUTHORIZATION, bearer(username));
		if (level != null) {
			request.param("confidentiality", level);
		}
		return mvc.perform(request);
	}

	private ResultActions download(String username, String report, String evidence) throws Exception {
		return mvc.perform(get("/api/v1/reports/" + report + "/evidence/" + evidence)
			.header(HttpHeaders.AUTHORIZATION, bearer(username)));
	}

	private String idOf(ResultActions attached) throws Exception {
		return tools.jackson.databind.json.JsonMapper.shared()
			.readTree(attached.andReturn().getResponse().getContentAsString()).get("id").asString();
	}

	private String bearer(String username) {
		return DemoUsers.bearer(mvc, username);
	}
}
