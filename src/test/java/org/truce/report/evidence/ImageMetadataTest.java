package org.truce.report.evidence;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.report.evidence.TestImages.GPS_MARKER;
import static org.truce.report.evidence.TestImages.contains;
import static org.truce.report.evidence.TestImages.decode;

class ImageMetadataTest {

	@Test
	void aJpegLosesItsExifAndKeepsItsPicture() {
		var original = TestImages.jpegWithExif();
		assertThat(contains(original, GPS_MARKER)).isTrue();

		var stripped = ImageMetadata.strip(original, MediaTypes.JPEG);

		assertThat(contains(stripped, GPS_MARKER)).isFalse();
		assertThat(contains(stripped, "Exif")).isFalse();
		assertThat(decode(stripped).getRGB(2, 2)).isEqualTo(decode(original).getRGB(2, 2));
		assertThat(decode(stripped).getRGB(12, 2)).isEqualTo(decode(original).getRGB(12, 2));
	}

	@Test
	void aPngLosesItsTextAndExifChunksAndStaysReadable() {
		var original = TestImages.pngWithText();
		assertThat(decode(original)).isNotNull();

		var stripped = ImageMetadata.strip(original, MediaTypes.PNG);

		assertThat(contains(stripped, GPS_MARKER)).isFalse();
		assertThat(contains(stripped, "tEXt")).isFalse();
		assertThat(decode(stripped).getRGB(2, 2)).isEqualTo(decode(original).getRGB(2, 2));
	}

	@Test
	void aWebpLosesItsExifChunkItsFlagAndKeepsAConsistentSize() {
		var stripped = ImageMetadata.strip(TestImages.webpWithExif(), MediaTypes.WEBP);

		assertThat(contains(stripped, GPS_MARKER)).isFalse();
		assertThat(contains(stripped, "VP8L")).isTrue();
		var header = ByteBuffer.wrap(stripped).order(ByteOrder.LITTLE_ENDIAN);
		assertThat(header.getInt(4)).isEqualTo(stripped.length - 8);
		assertThat(stripped[20] & 0x08).as("VP8X EXIF flag").isZero();
	}
}
