package org.truce.report.evidence;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Tells a file's type from its first bytes ("magic numbers"), never from its name: a name is whatever the uploader
 * typed, and a browser must not be told to render a script as an image.
 */
final class MediaTypes {

	static final String JPEG = "image/jpeg";
	static final String PNG = "image/png";
	static final String WEBP = "image/webp";
	static final String OCTET_STREAM = "application/octet-stream";

	private MediaTypes() {
	}

	static String detect(byte[] head) {
		if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
			return JPEG;
		}
		if (startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return PNG;
		}
		if (ascii(head, 0, "RIFF") && ascii(head, 8, "WEBP")) {
			return WEBP;
		}
		if (ascii(head, 0, "GIF87a") || ascii(head, 0, "GIF89a")) {
			return "image/gif";
		}
		if (ascii(head, 0, "%PDF-")) {
			return "application/pdf";
		}
		if (ascii(head, 4, "ftyp")) {
			return ascii(head, 8, "qt  ") ? "video/quicktime" : "video/mp4";
		}
		if (ascii(head, 0, "RIFF") && ascii(head, 8, "WAVE")) {
			return "audio/wav";
		}
		if (ascii(head, 0, "ID3") || startsWith(head, 0xFF, 0xFB)) {
			return "audio/mpeg";
		}
		if (startsWith(head, 0x1A, 0x45, 0xDF, 0xA3)) {
			return "video/webm";
		}
		if (ascii(head, 0, "PK\u0003\u0004")) {
			return "application/zip";
		}
		return isText(head) ? "text/plain" : OCTET_STREAM;
	}

	static boolean isStrippableImage(String mediaType) {
		return mediaType.equals(JPEG) || mediaType.equals(PNG) || mediaType.equals(WEBP);
	}

	private static boolean startsWith(byte[] head, int... bytes) {
		if (head.length < bytes.length) {
			return false;
		}
		for (int i = 0; i < bytes.length; i++) {
			if ((head[i] & 0xFF) != bytes[i]) {
				return false;
			}
		}
		return true;
	}

	private static boolean ascii(byte[] head, int offset, String text) {
		var bytes = text.getBytes(StandardCharsets.ISO_8859_1);
		return head.length >= offset + bytes.length && Arrays.equals(head, offset, offset + bytes.length, bytes, 0, bytes.length);
	}

	/** Printable UTF-8 without NUL or control bytes other than tabs and line breaks. */
	private static boolean isText(byte[] head) {
		if (head.length == 0) {
			return true;
		}
		for (byte b : head) {
			int c = b & 0xFF;
			if (c == 0 || (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != 0x0C)) {
				return false;
			}
		}
		return true;
	}
}
