package org.truce.meeting;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.context.MessageSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renders a briefing pack as a PDF, section for section as the HTML view shows it: the figures as tables, bar charts of
 * the reports and incidents by governorate and category, and a map of the governorates shaded by their number of
 * reports, drawn from the boundary vectors. Headings come from the message bundles, in the reader's language.
 */
final class BriefingPdf {

	private static final float MARGIN = 50;
	private static final float BAR_WIDTH = 260;

	private final PDDocument document = new PDDocument();
	private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
	private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
	private final MessageSource messages;
	private final Locale locale;
	private final DateTimeFormatter day;
	private PDPageContentStream page;
	private float y;

	private BriefingPdf(MessageSource messages, Locale locale, BriefingPack pack) throws IOException {
		this.messages = messages;
		this.locale = locale;
		this.day = DateTimeFormatter.ofPattern("d MMMM yyyy", locale).withZone(pack.timeZone());
		newPage();
	}

	static byte[] render(BriefingPack pack, String governorates, MessageSource messages, Locale locale) {
		try {
			var pdf = new BriefingPdf(messages, locale, pack);
			pdf.write(pack, governorates);
			return pdf.finish();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot render the briefing pack", e);
		}
	}

	private void write(BriefingPack pack, String governorates) throws IOException {
		heading(label("meeting.briefing"), 18);
		line(pack.title(), bold, 12);
		line(label("briefing.period", date(pack.from()), date(pack.to()), pack.preparedFor()), regular, 11);
		line(label("briefing.prepared", date(pack.preparedAt())), regular, 9);
		gap(10);
		heading(label("briefing.reports", pack.reports()), 14);
		bars(label("briefing.byGovernorate"), pack.reportsByGovernorate());
		map(pack.reportsByGovernorate(), governorates);
		bars(label("briefing.byCategory"), pack.reportsByCategory());
		table(label("briefing.byPerpetrator"), List.of(label("briefing.actor"), label("briefing.count")),
				pack.reportsByPerpetrator().stream().map(c -> List.of(c.label(), Long.toString(c.count()))).toList());
		heading(label("briefing.incidents", pack.incidents()), 14);
		bars(label("briefing.byGovernorate"), pack.incidentsByGovernorate());
		bars(label("briefing.byCategory"), pack.incidentsByCategory());
		var logs = pack.guarantorLogs();
		if (logs == null) {
			line(label("log.title"), bold, 11);
			line(label("briefing.logsWithheld"), regular, 9);
			gap(8);
		}
		else {
			table(label("log.title"), List.of(label("log.guarantor"), label("log.logged"), label("log.crossConfirmed"),
					label("log.disputed")), logs.stream().map(g -> List.of(g.guarantor(), Long.toString(g.logged()),
							Long.toString(g.crossConfirmed()), Long.toString(g.disputed()))).toList());
		}
		var cases = pack.cases();
		table(label("cases.title"), List.of(label("briefing.opened"), label("briefing.determined"), label("briefing.pending"),
				label("briefing.medianDays")),
				List.of(List.of(Long.toString(cases.opened()), Long.toString(cases.determined()), Long.toString(cases.pending()),
						cases.medianDaysToDetermination() == null ? "-"
								: String.format(locale, "%.1f", cases.medianDaysToDetermination()))));
		overdue(label("briefing.overdueReplies"), pack.overdueReplies());
		overdue(label("briefing.overdueActionItems"), pack.overdueActionItems());
		var commitments = pack.commitments();
		table(label("briefing.commitmentsDue"), List.of(label("briefing.due"), label("briefing.met"), label("briefing.missed"),
				label("briefing.pending")),
				List.of(List.of(Long.toString(commitments.due()), Long.toString(commitments.met()), Long.toString(commitments.missed()),
						Long.toString(commitments.pending()))));
	}

	private String label(String key, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	private String date(Instant at) {
		return day.format(at);
	}

	private void bars(String title, List<BriefingPack.Count> counts) throws IOException {
		line(title, bold, 11);
		if (counts.isEmpty()) {
			line(label("briefing.none"), regular, 9);
		}
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
		line(label("briefing.map"), bold, 11);
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
		text(MARGIN, y, label("briefing.mapNote"), regular, 8);
		gap(16);
	}

	private static List<JsonNode> streamOf(JsonNode array) {
		var nodes = new ArrayList<JsonNode>();
		array.forEach(nodes::add);
		return nodes;
	}

	private void overdue(String title, List<BriefingPack.Overdue> items) throws IOException {
		table(title, List.of(label("briefing.what"), label("briefing.who"), label("briefing.dueAt")),
				items.stream().map(o -> List.of(o.what(), o.owner(), date(o.dueAt()))).toList());
	}

	private void table(String title, List<String> header, List<List<String>> rows) throws IOException {
		room(40);
		line(title, bold, 11);
		float column = (PDRectangle.A4.getWidth() - 2 * MARGIN) / header.size();
		row(header, column, bold);
		if (rows.isEmpty()) {
			line(label("briefing.none"), regular, 9);
		}
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
