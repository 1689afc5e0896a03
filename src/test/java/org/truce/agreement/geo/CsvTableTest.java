package org.truce.agreement.geo;

import java.io.StringReader;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CsvTableTest {

	@Test
	void readsQuotedFieldsWithSeparatorsQuotesAndLineBreaks() {
		var csv = "\uFEFFid,text,n\r\n1,\"a, \"\"quoted\"\"\r\nline\",2\r\n2,,\"\"\n3,plain,4";

		var rows = CsvTable.read(new StringReader(csv)).rows();

		assertThat(rows).hasSize(3);
		assertThat(rows.get(0).get("id")).isEqualTo("1");
		assertThat(rows.get(0).get("text")).isEqualTo("a, \"quoted\"\r\nline");
		assertThat(rows.get(1).get("text")).isEmpty();
		assertThat(rows.get(1).get("n")).isEmpty();
		assertThat(rows.get(2).get("n")).isEqualTo("4");
	}

	@Test
	void refusesRaggedRowsUnknownColumnsAndUnclosedQuotes() {
		assertThatIllegalArgumentException().isThrownBy(() -> CsvTable.read(new StringReader("a,b\n1\n")))
			.withMessageContaining("record 2");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CsvTable.read(new StringReader("a,b\n1,2\n")).rows().getFirst().get("c"))
			.withMessageContaining("no column c");
		assertThatIllegalArgumentException().isThrownBy(() -> CsvTable.read(new StringReader("a\n\"open\n")))
			.withMessageContaining("quoted");
	}
}
