package org.truce.report.evidence;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

/** Images as a phone would produce them, with EXIF and GPS metadata embedded, for the evidence tests. */
public final class TestImages {

	/** The bytes a GPS position leaves in EXIF: the tag's name stands in for the real IFD entries. */
	public static final String GPS_MARKER = "GPSLatitude=33.5138N";

	private TestImages() {
	}

	public static byte[] jpegWithExif() {
		var jpeg = encode("jpg");
		var exif = ("Exif\0\0" + GPS_MARKER).getBytes(StandardCharsets.ISO_8859_1);
		var out = new ByteArrayOutputStream();
		out.write(jpeg, 0, 2);
		out.write(0xFF);
		out.write(0xE1);
		out.write((exif.length + 2) >> 8);
		out.write((exif.length + 2) & 0xFF);
		out.writeBytes(exif);
		out.write(jpeg, 2, jpeg.length - 2);
		return out.toByteArray();
	}

	public static byte[] pngWithText() {
		var png = encode("png");
		var out = new ByteArrayOutputStream();
		out.write(png, 0, 33);
		out.writeBytes(pngChunk("tEXt", ("Comment\0" + GPS_MARKER).getBytes(StandardCharsets.ISO_8859_1)));
		out.writeBytes(pngChunk("eXIf", GPS_MARKER.getBytes(StandardCharsets.ISO_8859_1)));
		out.write(png, 33, png.length - 33);
		return out.toByteArray();
	}

	/** A WebP container with a VP8X header announcing EXIF, the EXIF chunk, and a stand-in image chunk. */
	public static byte[] webpWithExif() {
		var vp8x = new byte[10];
		vp8x[0] = 0x08;
		var exif = GPS_MARKER.getBytes(StandardCharsets.ISO_8859_1);
		var image = new byte[] { 1, 2, 3, 4 };
		var body = new ByteArrayOutputStream();
		body.writeBytes("WEBP".getBytes(StandardCharsets.ISO_8859_1));
		body.writeBytes(riffChunk("VP8X", vp8x));
		body.writeBytes(riffChunk("VP8L", image));
		body.writeBytes(riffChunk("EXIF", exif));
		var riff = ByteBuffer.allocate(8 + body.size()).order(ByteOrder.LITTLE_ENDIAN);
		riff.put("RIFF".getBytes(StandardCharsets.ISO_8859_1)).putInt(body.size()).put(body.toByteArray());
		return riff.array();
	}

	public static BufferedImage decode(byte[] image) {
		try {
			return ImageIO.read(new ByteArrayInputStream(image));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static boolean contains(byte[] bytes, String text) {
		return new String(bytes, StandardCharsets.ISO_8859_1).contains(text);
	}

	private static byte[] encode(String format) {
		var picture = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
		var graphics = picture.createGraphics();
		graphics.setColor(Color.ORANGE);
		graphics.fillRect(0, 0, 8, 16);
		graphics.dispose();
		var out = new ByteArrayOutputStream();
		try {
			ImageIO.write(picture, format, out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	private static byte[] pngChunk(String type, byte[] data) {
		var typeBytes = type.getBytes(StandardCharsets.ISO_8859_1);
		var crc = new CRC32();
		crc.update(typeBytes);
		crc.update(data);
		return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeBytes).put(data).putInt((int) crc.getValue())
			.array();
	}

	private static byte[] riffChunk(String type, byte[] data) {
		var padded = data.length + (data.length & 1);
		return ByteBuffer.allocate(8 + padded).order(ByteOrder.LITTLE_ENDIAN).put(type.getBytes(StandardCharsets.ISO_8859_1))
			.putInt(data.length).put(data).array();
	}
}
