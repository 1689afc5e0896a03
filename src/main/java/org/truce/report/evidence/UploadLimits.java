package org.truce.report.evidence;

import jakarta.servlet.MultipartConfigElement;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The servlet container's multipart limits, derived from the evidence limit ({@code truce.evidence.max-size}) so that
 * the two never disagree: a file part may be as large as an evidence file, and a whole request that and
 * {@link #FORM_FIELDS} more for the form's other fields. The container refuses an upload as soon as it streams past a
 * limit, before anything is stored; parts are written to disk, never held in memory.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimits {

	static final long FORM_FIELDS = 1024 * 1024;

	@Bean
	MultipartConfigElement multipartConfigElement(EvidenceProperties evidence) {
		long file = evidence.maxSize().toBytes();
		return new MultipartConfigElement("", file, file + FORM_FIELDS, 0);
	}
}
