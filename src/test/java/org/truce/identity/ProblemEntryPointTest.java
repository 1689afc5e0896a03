package org.truce.identity;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemEntryPointTest {

	@ParameterizedTest(name = "{0} ms -> {1}")
	@CsvSource(delimiter = '|', value = {
			"1000   | 1  | try again in 1 second.", "200 | 1 | try again in 1 second.",
			"1200   | 2  | try again in 2 seconds.", "64000 | 64 | try again in 64 seconds.",
			"900000 | 900 | try again in 15 minutes." })
	void aThrottledSignInSaysTheRealWaitInWordsAndInRetryAfter(long millis, String retryAfter, String detail) throws Exception {
		var messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/messages");
		messages.setDefaultEncoding("UTF-8");
		var response = new MockHttpServletResponse();

		new ProblemEntryPoint(JsonMapper.shared(), messages).commence(new MockHttpServletRequest(), response,
				new LoginThrottledException(Duration.ofMillis(millis)));

		assertThat(response.getStatus()).isEqualTo(429);
		assertThat(response.getHeader(HttpHeaders.RETRY_AFTER)).isEqualTo(retryAfter);
		assertThat(JsonMapper.shared().readTree(response.getContentAsString()).get("detail").asString())
			.isEqualTo("Too many failed sign-ins; " + detail);
	}
}
