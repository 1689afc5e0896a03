package org.truce.agreement.geo;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV file read per RFC 4180: quoted fields may hold commas, doubled quotes and line breaks (the UCDP and OCHA files
 * have all three). Rows are addressed by the header's column names so that a renamed column fails loudly.
 */
final class CsvTable {

	private final Map<String, Integer> columns;
	private final List<Row> rows;

	private CsvTable(List<String> header, List<List<String>> records) {
		this.columns = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			columns.put(header.get(i), i);
		}
		this.rows = new ArrayList<>(records.size());
		for (int i = 0; i < records.size(); i++) {
			if (records.get(i).size() != header.size()) {
				throw new IllegalArgumentException("CSV record " + (i + 2) + " has " + records.get(i).size()
						+ " fields, the header has " + header.size());
			}
			rows.add(new Row(records.get(i)));
		}
	}

	static CsvTable read(Reader reader) {
		try {
			var records = new Parser(reader).records();
			if (records.isEmpty()) {
				throw new IllegalArgumentException("CSV without a header");
			}
			return new CsvTable(records.getFirst(), records.subList(1, records.size()));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	List<Row> rows() {
		return rows;
	}

	final class Row {

		private final List<String> values;

		private Row(List<String> values) {
			this.values = values;
		}

		String get(String column) {
			var index = columns.get(column);
			if (index == null) {
				throw new IllegalArgumentException("CSV has no column " + column);
			}
			return values.get(index);
		}
	}

	private static final class Parser {

		private static final int BYTE_ORDER_MARK = '\uFEFF';

		private final Reader in;
		private final List<List<String>> records = new ArrayList<>();
		private List<String> record = new ArrayList<>();
		private final StringBuilder field = new StringBuilder();

		Parser(Reader in) {
			this.in = in;
		}

		List<List<String>> records() throws IOException {
			int c = in.read();
			if (c == BYTE_ORDER_MARK) {
				c = in.read();
			}
			while (c != -1) {
				if (c == '"' && field.isEmpty()) {
					c = quoted();
					continue;
				}
				switch (c) {
					case ',' -> endField();
					case '\r' -> {
						c = in.read();
						endRecord();
						if (c != '\n') {
							continue;
						}
					}
					case '\n' -> endRecord();
					default -> field.append((char) c);
				}
				c = in.read();
			}
			if (!field.isEmpty() || !record.isEmpty()) {
				endRecord();
			}
			return records;
		}

		/** Reads a quoted field's content up to its closing quote; returns the character after it. */
		private int quoted() throws IOException {
			while (true) {
				int c = in.read();
				if (c == -1) {
					throw new IllegalArgumentException("CSV ends inside a quoted field (record " + (records.size() + 1) + ")");
				}
				if (c == '"') {
					int next = in.read();
					if (next != '"') {
						return next;
					}
				}
				field.append((char) c);
			}
		}

		private void endField() {
			record.add(field.toString());
			field.setLength(0);
		}

		private void endRecord() {
			endField();
			records.add(record);
			record = new ArrayList<>();
		}
	}
}
