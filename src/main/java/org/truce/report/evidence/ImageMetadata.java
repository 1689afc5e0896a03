package org.truce.report.evidence;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * Copies of images without what a camera or phone embeds beside the picture: EXIF (with GPS position, time, device
 * serial numbers), XMP, IPTC, comments and text chunks. The picture itself is copied byte for byte, never re-encoded.
 */
final class ImageMetadata {

	private static final int JPEG_APP1 = 0xE1;
	private static final int JPEG_APP13 = 0xED;
	private static final int JPEG_COMMENT = 0xFE;
	private static final int JPEG_START_OF_SCAN = 0xDA;
	private static final Set<String> PNG_METADATA_CHUNKS = Set.of("eXIf", "tEXt", "zTXt", "iTXt", "tIME");
	private static final Set<String> WEBP_METADATA_CHUNKS = Set.of("EXIF", "XMP ");
	private static final int WEBP_EXIF_AND_XMP_FLAGS = 0x0C;

	private ImageMetadata() {
	}

	static byte[] strip(byte[] image, String mediaType) {
		return switch (mediaType) {
			case MediaTypes.JPEG -> stripJpeg(image);
			case MediaTypes.PNG -> stripPng(image);
			case MediaTypes.WEBP -> stripWebp(image);
			default -> throw new IllegalArgumentException("No metadata stripping for " + mediaType);
		};
	}

	/** Drops the APP1 (EXIF, XMP), APP13 (IPTC) and comment segments before the image data. */
	private static byte[] stripJpeg(byte[] image) {
		var out = new ByteArrayOutputStream(image.length);
		out.write(image, 0, 2);
		int at = 2;
		while (at + 4 <= image.length && (image[at] & 0xFF) == 0xFF) {
			int marker = image[at + 1] & 0xFF;
			if (marker == JPEG_START_OF_SCAN) {
				break;
			}
			int length = ((image[at + 2] & 0xFF) << 8) | (image[at + 3] & 0xFF);
			int end = Math.min(image.length, at + 2 + length);
			if (marker != JPEG_APP1 && marker != JPEG_APP13 && marker != JPEG_COMMENT) {
				out.write(image, at, end - at);
			}
			at = end;
		}
		out.write(image, at, image.length - at);
		return out.toByteArray();
	}

	/** Drops EXIF and text chunks; the signature and the picture's chunks stay as they were. */
	private static byte[] stripPng(byte[] image) {
		var out = new ByteArrayOutputStream(image.length);
		out.write(image, 0, 8);
		int at = 8;
		while (at + 12 <= image.length) {
			int length = readInt(image, at, false);
			var type = new String(image, at + 4, 4, StandardCharsets.ISO_8859_1);
			int end = (int) Math.min(image.length, (long) at + 12 + length);
			if (!PNG_METADATA_CHUNKS.contains(type)) {
				out.write(image, at, end - at);
			}
			at = end;
		}
		return out.toByteArray();
	}

	/** Drops EXIF and XMP chunks, clears their flags in the VP8X header and corrects the RIFF size. */
	private static byte[] stripWebp(byte[] image) {
		var out = new ByteArrayOutputStream(image.length);
		out.write(image, 0, 12);
		int at = 12;
		while (at + 8 <= image.length) {
			var type = new String(image, at, 4, StandardCharsets.ISO_8859_1);
			int length = readInt(image, at + 4, true);
			int end = (int) Math.min(image.length, (long) at + 8 + length + (length & 1));
			if (!WEBP_METADATA_CHUNKS.contains(type)) {
				var chunk = Arrays.copyOfRange(image, at, end);
				if (type.equals("VP8X") && chunk.length > 8) {
					chunk[8] = (byte) (chunk[8] & ~WEBP_EXIF_AND_XMP_FLAGS);
				}
				out.write(chunk, 0, chunk.length);
			}
			at = end;
		}
		var stripped = out.toByteArray();
		writeIntLittleEndian(stripped, 4, stripped.length - 8);
		return stripped;
	}

	private static int readInt(byte[] bytes, int at, boolean littleEndian) {
		int b0 = bytes[at] & 0xFF;
		int b1 = bytes[at + 1] & 0xFF;
		int b2 = bytes[at + 2] & 0xFF;
		int b3 = bytes[at + 3] & 0xFF;
		return littleEndian ? b0 | (b1 << 8) | (b2 << 16) | (b3 << 24) : (b0 << 24) | (b1 << 16) | (b2 << 8) | b3;
	}

	private static void writeIntLittleEndian(byte[] bytes, int at, int value) {
		bytes[at] = (byte) value;
		bytes[at + 1] = (byte) (value >>> 8);
		bytes[at + 2] = (byte) (value >>> 16);
		bytes[at + 3] = (byte) (value >>> 24);
	}
}
