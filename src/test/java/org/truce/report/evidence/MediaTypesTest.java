package org.truce.report.evidence;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MediaTypesTest {

	@Test
	void typesComeFromTheContent() {
		assertThat(MediaTypes.detect(TestImages.jpegWithExif())).isEqualTo(MediaTypes.JPEG);
		assertThat(MediaTypes.detect(TestImages.pngWithText())).isEqualTo(MediaTypes.PNG);
		assertThat(MediaTypes.detect(TestImages.webpWithExif())).isEqualTo(MediaTypes.WEBP);
		assertThat(MediaTypes.detect(ascii("%PDF-1.7\n"))).isEqualTo("application/pdf");
		assertThat(MediaTypes.detect(new byte[] { 0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm' })).isEqualTo("video/mp4");
		assertThat(MediaTypes.detect(ascii("Witness statement, 15 January"))).isEqualTo("text/plain");
		assertThat(MediaTypes.detect(new byte[] { 0, 1, 2, 3, (byte) 0xFE })).isEqualTo(MediaTypes.OCTET_STREAM);
	}

	@Test
	void onlyJpegPngAndWebpAreStripped() {
		assertThat(MediaTypes.isStrippableImage(MediaTypes.JPEG)).isTrue();
		assertThat(MediaTypes.isStrippableImage("image/gif")).isFalse();
		assertThat(MediaTypes.isStrippableImage("application/pdf")).isFalse();
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}
}
