package org.truce.meeting;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renders a briefing pack as a PDF: the figures as tables, bar charts of the reports by governorate and category, and a
 * map of the governorates shaded by their number of reports, drawn from the boundary vectors.
 */
final class BriefingPdf {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy").withZone(ZoneOffset.UTC);
	private static final float MARGIN = 50;
	private static final float BAR_WIDTH = 260;

	private final PDDocument document = new PDDocument();
	private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
	private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
	private PDPageContentStream page;
	private float y;

	private BriefingPdf() throws IOException {
		newPage();
	}

	static byte[] render(BriefingPack pack, String governorates) {
		try {
			var pdf = new BriefingPdf();
			pdf.write(pack, governorates);
			return pdf.finish();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot render the briefing pack", e);
		}
	}

	private void write(BriefingPack pack, String governorates) throws IOException {
		heading("Implementation review briefing pack", 18);
		line(pack.title(), bold, 12);
		line("Period: " + DAY.format(pack.from()) + " to " + DAY.format(pack.to()), regular, 11);
		line("Prepared for " + pack.preparedFor() + " on " + DAY.format(pack.preparedAt())
				+ ". Counts cover what this delegation may see.", regular, 9);
		gap(10);
		heading("Reports: " + pack.reports(), 14);
		bars("By governorate", pack.reportsByGovernorate());
		map(pack.reportsByGovernorate(), governorates);
		bars("By category", pack.reportsByCategory());
		table("By alleged perpetrator", List.of("Actor", "Reports"),
				pack.reportsByPerpetrator().stream().limit(15).map(c -> List.of(c.label(), Long.toString(c.count()))).toList());
		if (!pack.guarantorLogs().isEmpty()) {
			table("The guarantors' logs", List.of("Guarantor", "Logged", "Cross-confirmed", "Disputed"),
					pack.guarantorLogs().stream().map(g -> List.of(g.guarantor(), Long.toString(g.logged()),
							Long.toString(g.crossConfirmed()), Long.toString(g.disputed()))).toList());
		}
		var cases = pack.cases();
		table("Cases", List.of("Opened", "Determined", "Pending", "Median days to a ruling"),
				List.of(List.of(Long.toString(cases.opened()), Long.toString(cases.determined()), Long.toString(cases.pending()),
						cases.medianDaysToDetermination() == null ? "-" : String.format("%.1f", cases.medianDaysToDetermination()))));
		overdue("Replies overdue", pack.overdueReplies());
		overdue("Action items overdue", pack.overdueActionItems());
		var commitments = pack.commitments();
		table("Humanitarian commitments due in the period", List.of("Due", "Met", "Missed", "Pending"),
				List.of(List.of(Long.toString(commitments.due()), Long.toString(commitments.met()), Long.toString(commitments.missed()),
						Long.toString(commitments.pending()))));
	}

	private void bars(String title, List<BriefingPack.Count> counts) throws IOException {
		line(title, bold, 11);
		long max = counts.stream().mapToLong(BriefingPack.Count::count).max().orElse(1);
		for (var count : counts) {
			room(14);
			text(MARGIN, y, count.label(), regular, 9);
			float width = BAR_WIDTH * count.count() / Math.max(1, max);
			page.setNonStrokingColor(new Color(0x1f, 0x5f, 0x8b));
			page.addRect(MARGIN + 200, y - 2, Math.max(width, 1), 9);
			page.fill();
			page.setNonStrokingColor(Color.BLACK);
			text(MARGIN + 205 + width, y, Long.toString(count.count()), regular, 9);
			y -= 13;
		}
		gap(8);
	}

	/** The governorates as outlines, each shaded by its share of the reports. */
	private void map(List<BriefingPack.Count> byGovernorate, String geoJson) throws IOException {
		float height = 230;
		float width = 300;
		room(height + 20);
		line("Map of reports by governorate", bold, 11);
		Map<String, Long> counts = new HashMap<>();
		byGovernorate.forEach(c -> counts.put(c.key(), c.count()));
		long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(1);
		double minLon = 35.6;
		double maxLon = 42.4;
		double minLat = 32.3;
		double maxLat = 37.35;
		float top = y;
		for (JsonNode feature : JsonMapper.shared().readTree(geoJson).get("features")) {
			long n = counts.getOrDefault(feature.get("properties").get("pcode").asString(), 0L);
			float shade = 1f - 0.8f * n / Math.max(1, max);
			page.setNonStrokingColor(new Color(shade, shade, 1f));
			page.setStrokingColor(new Color(0x4a, 0x67, 0x80));
			var geometry = feature.get("geometry");
			var polygons = geometry.get("type").asString().equals("Polygon") ? List.of(geometry.get("coordinates"))
					: streamOf(geometry.get("coordinates"));
			for (var polygon : polygons) {
				var ring = polygon.get(0);
				for (int i = 0; i < ring.size(); i++) {
					float px = MARGIN + (float) ((ring.get(i).get(0).asDouble() - minLon) / (maxLon - minLon) * width);
					float py = top - height + (float) ((ring.get(i).get(1).asDouble() - minLat) / (maxLat - minLat) * height);
					if (i == 0) {
						page.moveTo(px, py);
					}
					else {
						page.lineTo(px, py);
					}
				}
				page.closePath();
				page.fillAndStroke();
			}
		}
		page.setNonStrokingColor(Color.BLACK);
		page.setStrokingColor(Color.BLACK);
		y = top - height - 14;
		text(MARGIN, y, "Boundaries: OCHA / UNCS. Darker governorates had more reports.", regular, 8);
		gap(16);
	}

	private static List<JsonNode> streamOf(JsonNode array) {
		var nodes = new ArrayList<JsonNode>();
		array.forEach(nodes::add);
		return nodes;
	}

	private void overdue(String title, List<BriefingPack.Overdue> items) throws IOException {
		table(title, List.of("What", "Who", "Due"), items.isEmpty() ? List.of(List.of("none", "", ""))
				: items.stream().map(o -> List.of(o.what(), o.owner(), DAY.format(o.dueAt()))).toList());
	}

	private void table(String title, List<String> header, List<List<String>> rows) throws IOException {
		room(40);
		line(title, bold, 11);
		float column = (PDRectangle.A4.getWidth() - 2 * MARGIN) / header.size();
		row(header, column, bold);
		for (var row : rows) {
			row(row, column, regular);
		}
		gap(8);
	}

	private void row(List<String> cells, float column, PDType1Font font) throws IOException {
		room(14);
		for (int i = 0; i < cells.size(); i++) {
			text(MARGIN + i * column, y, clip(cells.get(i), column, font), font, 9);
		}
		y -= 13;
	}

	private void heading(String text, float size) throws IOException {
		line(text, bold, size);
		gap(4);
	}

	private void line(String text, PDType1Font font, float size) throws IOException {
		room(size + 6);
		text(MARGIN, y, text, font, size);
		y -= size + 5;
	}

	private void text(float x, float at, String text, PDType1Font font, float size) throws IOException {
		page.beginText();
		page.setFont(font, size);
		page.newLineAtOffset(x, at);
		page.showText(printable(text, font));
		page.endText();
	}

	private void gap(float points) {
		y -= points;
	}

	private void room(float needed) throws IOException {
		if (y - needed < MARGIN) {
			newPage();
		}
	}

	private void newPage() throws IOException {
		if (page != null) {
			page.close();
		}
		var next = new PDPage(PDRectangle.A4);
		document.addPage(next);
		page = new PDPageContentStream(document, next);
		y = PDRectangle.A4.getHeight() - MARGIN;
	}

	private byte[] finish() throws IOException {
		page.close();
		var out = new ByteArrayOutputStream();
		document.save(out);
		document.close();
		return out.toByteArray();
	}

	/** The standard PDF fonts cover Western European text only; other characters show as '?'. */
	private static String printable(String text, PDType1Font font) {
		var printable = new StringBuilder();
		text.codePoints().forEach(c -> {
			var character = new String(Character.toChars(c));
			try {
				font.encode(character);
				printable.append(character);
			}
			catch (IOException | IllegalArgumentException e) {
				printable.append('?');
			}
		});
		return printable.toString();
	}

	private static String clip(String text, float width, PDType1Font font) throws IOException {
		var clipped = printable(text, font);
		while (clipped.length() > 1 && font.getStringWidth(clipped) / 1000 * 9 > width - 6) {
			clipped = clipped.substring(0, clipped.length() - 2) + ".";
		}
		return clipped;
	}
}
