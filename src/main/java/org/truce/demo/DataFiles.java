package org.truce.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/** Reads the datasets the application ships under {@code data/} (attribution in {@code data/ATTRIBUTION.md}). */
final class DataFiles {

	static final String GED_EVENTS = "data/ucdp_ged_syria_652_1601_1911_20161215_20170331.csv";
	static final String UCDP_ACTORS = "data/ucdp_actors_syria_v22_1.csv";

	private DataFiles() {
	}

	/** The rows of a CSV file with a header line (RFC 4180: quoted fields may hold commas and line breaks). */
	static List<Map<String, String>> csv(String path) {
		var mapper = new CsvMapper();
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return mapper.readerForMapOf(String.class)
				.with(CsvSchema.emptySchema().withHeader())
				.<Map<String, String>>readValues(in)
				.readAll();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the shipped data file " + path, e);
		}
	}
}
