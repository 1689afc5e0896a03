package org.truce.report.evidence;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContentAddressedFilesTest {

	@TempDir
	Path root;

	@Test
	void filesAreNamedByTheSha256OfTheirBytesAndStoredOnce() throws Exception {
		var files = new ContentAddressedFiles(root);
		var bytes = "the same statement".getBytes(StandardCharsets.UTF_8);

		var first = files.store(new ByteArrayInputStream(bytes), 1_000);
		var second = files.store(new ByteArrayInputStream(bytes), 1_000);

		var expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		assertThat(first.sha256()).isEqualTo(expected).isEqualTo(second.sha256());
		assertThat(first.size()).isEqualTo(bytes.length);
		assertThat(files.read(first.sha256())).isEqualTo(bytes);
		try (var stored = Files.walk(root.resolve("sha256"))) {
			assertThat(stored.filter(Files::isRegularFile)).hasSize(1);
		}
	}

	@Test
	void aFileOverTheLimitIsRefusedWhileStreamingAndLeavesNothingBehind() throws Exception {
		var files = new ContentAddressedFiles(root);

		assertThatThrownBy(() -> files.store(new ByteArrayInputStream(new byte[200_000]), 100_000))
			.isInstanceOf(MaxUploadSizeExceededException.class);
		try (var left = Files.walk(root)) {
			assertThat(left.filter(Files::isRegularFile)).isEmpty();
		}
	}
}
