package org.truce.talks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.truce.talks.DiffSegment.Op;

/**
 * A readable diff between two texts, word by word: the texts are cut into words, punctuation marks and runs of
 * whitespace, and a longest common subsequence of those tokens is kept as equal. The subsequence is found with
 * Hirschberg's divide-and-conquer, which needs memory linear in the texts' length (a full LCS table for two 30,000
 * character versions would not fit comfortably), after trimming the common head and tail that most revisions share.
 */
final class WordDiff {

	private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{M}\\p{N}]+|[^\\s\\p{L}\\p{M}\\p{N}]");

	private final List<String> tokens = new ArrayList<>();
	private final int[] a;
	private final int[] b;
	private final List<Step> steps = new ArrayList<>();

	private WordDiff(String before, String after) {
		var ids = new HashMap<String, Integer>();
		this.a = tokenize(before, ids);
		this.b = tokenize(after, ids);
	}

	static List<DiffSegment> between(String before, String after) {
		var diff = new WordDiff(before, after);
		diff.compare(0, diff.a.length, 0, diff.b.length);
		diff.slideToBoundaries();
		return readable(diff.segments());
	}

	private int[] tokenize(String text, Map<String, Integer> ids) {
		var matcher = TOKEN.matcher(text);
		var result = new ArrayList<Integer>();
		while (matcher.find()) {
			var token = matcher.group();
			result.add(ids.computeIfAbsent(token, t -> {
				tokens.add(t);
				return tokens.size() - 1;
			}));
		}
		return result.stream().mapToInt(Integer::intValue).toArray();
	}

	private void compare(int aFrom, int aTo, int bFrom, int bTo) {
		while (aFrom < aTo && bFrom < bTo && a[aFrom] == b[bFrom]) {
			steps.add(new Step(Op.EQUAL, a[aFrom++]));
			bFrom++;
		}
		int aEnd = aTo;
		int bEnd = bTo;
		while (aEnd > aFrom && bEnd > bFrom && a[aEnd - 1] == b[bEnd - 1]) {
			aEnd--;
			bEnd--;
		}
		split(aFrom, aEnd, bFrom, bEnd);
		for (int i = aEnd; i < aTo; i++) {
			steps.add(new Step(Op.EQUAL, a[i]));
		}
	}

	/** The middle, which shares no first and no last token: cut {@code a} in half and {@code b} where the LCS crosses. */
	private void split(int aFrom, int aTo, int bFrom, int bTo) {
		if (aFrom == aTo) {
			for (int j = bFrom; j < bTo; j++) {
				steps.add(new Step(Op.INSERT, b[j]));
			}
			return;
		}
		if (bFrom == bTo) {
			for (int i = aFrom; i < aTo; i++) {
				steps.add(new Step(Op.DELETE, a[i]));
			}
			return;
		}
		if (aTo - aFrom == 1) {
			single(a[aFrom], bFrom, bTo);
			return;
		}
		int middle = (aFrom + aTo) >>> 1;
		int[] head = headLengths(aFrom, middle, bFrom, bTo);
		int[] tail = tailLengths(middle, aTo, bFrom, bTo);
		int cut = 0;
		for (int k = 1; k <= bTo - bFrom; k++) {
			if (head[k] + tail[k] > head[cut] + tail[cut]) {
				cut = k;
			}
		}
		compare(aFrom, middle, bFrom, bFrom + cut);
		compare(middle, aTo, bFrom + cut, bTo);
	}

	private void single(int token, int bFrom, int bTo) {
		int match = -1;
		for (int j = bFrom; j < bTo && match < 0; j++) {
			if (b[j] == token) {
				match = j;
			}
		}
		if (match < 0) {
			steps.add(new Step(Op.DELETE, token));
		}
		for (int j = bFrom; j < bTo; j++) {
			steps.add(new Step(j == match ? Op.EQUAL : Op.INSERT, b[j]));
		}
	}

	/** {@code [k]}: the LCS length of {@code a[aFrom, aTo)} and the first {@code k} tokens of {@code b[bFrom, bTo)}. */
	private int[] headLengths(int aFrom, int aTo, int bFrom, int bTo) {
		int n = bTo - bFrom;
		int[] previous = new int[n + 1];
		int[] row = new int[n + 1];
		for (int i = aFrom; i < aTo; i++) {
			for (int k = 1; k <= n; k++) {
				row[k] = a[i] == b[bFrom + k - 1] ? previous[k - 1] + 1 : Math.max(previous[k], row[k - 1]);
			}
			int[] swap = previous;
			previous = row;
			row = swap;
		}
		return previous;
	}

	/** {@code [k]}: the LCS length of {@code a[aFrom, aTo)} and {@code b[bFrom + k, bTo)}. */
	private int[] tailLengths(int aFrom, int aTo, int bFrom, int bTo) {
		int n = bTo - bFrom;
		int[] previous = new int[n + 1];
		int[] row = new int[n + 1];
		for (int i = aTo - 1; i >= aFrom; i--) {
			for (int k = n - 1; k >= 0; k--) {
				row[k] = a[i] == b[bFrom + k] ? previous[k + 1] + 1 : Math.max(previous[k], row[k + 1]);
			}
			int[] swap = previous;
			previous = row;
			row = swap;
		}
		return previous;
	}

	/**
	 * Among equally short scripts, prefers the one whose insertions and deletions start and end at line breaks, spaces
	 * or punctuation: "Article 2.<ins>\nArticle 3.</ins>" rather than "Article 2<ins>.\nArticle 3</ins>.". A run of
	 * insertions (or deletions) between equal tokens can slide along them while the token it takes in on one side is the
	 * one it gives up on the other; the tokens stay in the same order, only which of them count as changed moves.
	 */
	private void slideToBoundaries() {
		int start = 0;
		while (start < steps.size()) {
			var op = steps.get(start).op();
			int end = start + 1;
			while (end < steps.size() && steps.get(end).op() == op) {
				end++;
			}
			if (op != Op.EQUAL && (start == 0 || isEqual(start - 1)) && (end == steps.size() || isEqual(end))) {
				slide(start, end, op);
			}
			start = end;
		}
	}

	private void slide(int start, int end, Op op) {
		int length = end - start;
		int from = start;
		while (isEqual(from - 1) && token(from - 1) == token(from + length - 1)) {
			from--;
		}
		int best = from;
		for (int at = from + 1; isEqual(at + length - 1) && token(at + length - 1) == token(at - 1); at++) {
			if (boundaryScore(at, at + length) > boundaryScore(best, best + length)) {
				best = at;
			}
		}
		for (int i = Math.min(best, start); i < Math.max(best, start) + length; i++) {
			var changed = i >= best && i < best + length;
			steps.set(i, new Step(changed ? op : Op.EQUAL, steps.get(i).token()));
		}
	}

	/** How well a change from {@code start} to {@code end} fits the text: text edges best, then line breaks, spaces, marks. */
	private int boundaryScore(int start, int end) {
		return boundary(start - 1, start) + boundary(end - 1, end);
	}

	private int boundary(int left, int right) {
		if (left < 0 || right >= steps.size()) {
			return 6;
		}
		var texts = List.of(tokens.get(token(left)), tokens.get(token(right)));
		if (texts.stream().anyMatch(t -> t.isBlank() && t.contains("\n"))) {
			return 5;
		}
		if (texts.stream().anyMatch(String::isBlank)) {
			return 3;
		}
		return texts.stream().anyMatch(t -> !Character.isLetterOrDigit(t.codePointAt(0))) ? 1 : 0;
	}

	private boolean isEqual(int i) {
		return i >= 0 && i < steps.size() && steps.get(i).op() == Op.EQUAL;
	}

	private int token(int i) {
		return steps.get(i).token();
	}

	private List<DiffSegment> segments() {
		var segments = new ArrayList<DiffSegment>();
		for (var step : steps) {
			append(segments, step.op(), tokens.get(step.token()));
		}
		return segments;
	}

	/**
	 * Tidies the script for reading: the whitespace between two changed words joins the change (so that "<del>a b</del>"
	 * reads as one change, not two), and within each change everything deleted comes before everything inserted.
	 */
	private static List<DiffSegment> readable(List<DiffSegment> segments) {
		var result = new ArrayList<DiffSegment>();
		var deleted = new StringBuilder();
		var inserted = new StringBuilder();
		for (int i = 0; i < segments.size(); i++) {
			var segment = segments.get(i);
			boolean betweenChanges = segment.op() == Op.EQUAL && segment.text().isBlank() && i > 0 && i < segments.size() - 1
					&& segments.get(i - 1).op() != Op.EQUAL && segments.get(i + 1).op() != Op.EQUAL;
			if (segment.op() == Op.EQUAL && !betweenChanges) {
				flush(result, deleted, inserted);
				result.add(segment);
			}
			else {
				if (segment.op() != Op.INSERT) {
					deleted.append(segment.text());
				}
				if (segment.op() != Op.DELETE) {
					inserted.append(segment.text());
				}
			}
		}
		flush(result, deleted, inserted);
		return result;
	}

	private static void flush(List<DiffSegment> result, StringBuilder deleted, StringBuilder inserted) {
		if (!deleted.isEmpty()) {
			result.add(new DiffSegment(Op.DELETE, deleted.toString()));
			deleted.setLength(0);
		}
		if (!inserted.isEmpty()) {
			result.add(new DiffSegment(Op.INSERT, inserted.toString()));
			inserted.setLength(0);
		}
	}

	private static void append(List<DiffSegment> segments, Op op, String text) {
		if (!segments.isEmpty() && segments.getLast().op() == op) {
			segments.set(segments.size() - 1, new DiffSegment(op, segments.getLast().text() + text));
		}
		else {
			segments.add(new DiffSegment(op, text));
		}
	}

	private record Step(Op op, int token) {
	}
}
