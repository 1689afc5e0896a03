package org.truce.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.truce.TruceApplication;
import org.truce.core.DelegationCode;
import org.truce.ledger.Ledger;
import org.truce.ledger.LedgerAudit;
import org.truce.ledger.LedgerLog;
import org.truce.ledger.LedgerRecord;
import org.truce.ledger.SubjectContent;
import org.truce.ledger.tlog.LogExport;
import org.truce.ledger.tlog.TreeBuilder;
import org.truce.ledger.tlog.VerifierKey;

/**
 * The ledger's three benchmarks (issue 3), each beside a reference measured in the same run on the same machine:
 * (c) sustained appends by 32 concurrent writers on the embedded database with fsync on, beside pgbench's single-insert
 * transactions; (b) inclusion proofs through the API at 1,000,000 entries; (a) recomputing every leaf and the root of a
 * 1,000,000-entry log, beside sha256sum over the same bytes. Prints a Markdown report.
 */
public final class LedgerBench {

	private static final int WRITERS = 32;

	private LedgerBench() {
	}

	public static void main(String[] args) throws Exception {
		var data = Path.of(args[0]);
		long entries = Long.parseLong(args[1]);
		int port = Integer.parseInt(args[2]);
		var seconds = Duration.ofSeconds(Long.parseLong(args[3]));
		var work = Files.createDirectories(data.resolve("bench"));
		var report = new StringBuilder();
		try (var application = start(data, port)) {
			var ledger = application.getBean(Ledger.class);
			var log = application.getBean(LedgerLog.class);
			var jdbc = application.getBean(JdbcClient.class);
			var transactions = application.getBean(TransactionTemplate.class);
			var databasePort = URI.create(application.getBean(HikariDataSource.class).getJdbcUrl().substring(5)).getPort();

			report.append("## (c) Sustained appends, ").append(WRITERS).append(" concurrent writers, embedded PostgreSQL, fsync on\n\n");
			report.append("| what | rate |\n|---|---|\n");
			var pgbench = pgbench(jdbc, databasePort, seconds, work);
			report.append(row("pgbench reference: one-row INSERT transactions, 32 clients", pgbench, "transactions/s"));
			var appends = appends(ledger, log, transactions, seconds, false);
			report.append(row("writers record an entry and commit (sequenced entries/s)", appends, "entries/s"));
			report.append(row("ratio to pgbench", appends / pgbench, "×"));
			var withReceipts = appends(ledger, log, transactions, seconds, true);
			report.append(row("writers record, commit and wait for their receipt (sequenced entries/s)", withReceipts, "entries/s"));
			report.append('\n');

			fill(jdbc, log, entries);
			report.append("## (b) Inclusion proofs through the API at ").append(log.size()).append(" entries\n\n");
			report.append(wrk(port, log.size(), work));

			var export = work.resolve("export");
			application.getBean(LedgerAudit.class).export(export, log.key());
			report.append(verification(export.resolve(LogExport.ENTRIES), export, log.key(), log.size()));
		}
		report.append("Load average when the run ended: ").append(Files.readString(Path.of("/proc/loadavg")).substring(0, 14));
		System.out.println(report);
	}

	private static ConfigurableApplicationContext start(Path data, int port) {
		return new SpringApplicationBuilder(TruceApplication.class).run("--truce.db.data-dir=" + data.toAbsolutePath(),
				"--server.port=" + port, "--logging.level.root=WARN", "--logging.level.org.truce=WARN");
	}

	/** pgbench against the same server: 32 clients, each transaction one INSERT of a row about the size of an entry. */
	private static double pgbench(JdbcClient jdbc, int port, Duration duration, Path work) throws Exception {
		jdbc.sql("CREATE TABLE IF NOT EXISTS bench_reference (id BIGSERIAL PRIMARY KEY, payload BYTEA NOT NULL)").update();
		var script = Files.writeString(work.resolve("insert.sql"),
				"INSERT INTO bench_reference (payload) VALUES (sha256(int8send(:client_id)) || sha256(int8send(random(1, 1000000000))));\n");
		var output = run(List.of("pgbench", "-n", "-h", "localhost", "-p", Integer.toString(port), "-U", "postgres", "-c",
				Integer.toString(WRITERS), "-j", "2", "-T", Long.toString(duration.toSeconds()), "-f", script.toString(), "postgres"));
		var tps = Pattern.compile("tps = ([0-9.]+)").matcher(output);
		if (!tps.find()) {
			throw new IllegalStateException("pgbench said: " + output);
		}
		return Double.parseDouble(tps.group(1));
	}

	/** Writers each record an entry in its own transaction, as a domain module does; the rate is what gets sequenced. */
	private static double appends(Ledger ledger, LedgerLog log, TransactionTemplate transactions, Duration duration,
			boolean receipts) throws Exception {
		var running = new AtomicBoolean(true);
		var committed = new AtomicLong();
		long before;
		long after;
		try (ExecutorService writers = Executors.newFixedThreadPool(WRITERS)) {
			for (int w = 0; w < WRITERS; w++) {
				int writer = w;
				writers.submit(() -> {
					long i = 0;
					while (running.get()) {
						var record = new LedgerRecord("bench.append", writer + "/" + i++, new DelegationCode("KZ"), Instant.now(),
								SubjectContent.salted(Map.of("writer", writer, "sequence", i)));
						var ticket = transactions.execute(status -> ledger.record(record));
						if (receipts && ticket != null) {
							ledger.receiptFor(ticket);
						}
						committed.incrementAndGet();
					}
					return null;
				});
			}
			Thread.sleep(Duration.ofSeconds(3));
			before = log.size();
			var started = System.nanoTime();
			Thread.sleep(duration);
			after = log.size();
			var elapsed = (System.nanoTime() - started) / 1e9;
			running.set(false);
			return (after - before) / elapsed;
		}
	}

	/** Queues synthetic entries straight into the outbox until the log has the wanted size; the sequencer does the rest. */
	private static void fill(JdbcClient jdbc, LedgerLog log, long entries) throws InterruptedException {
		var started = System.nanoTime();
		long queued = log.size() + jdbc.sql("SELECT count(*) FROM ledger_pending").query(Long.class).single();
		while (queued < entries) {
			long chunk = Math.min(50_000, entries - queued);
			jdbc.sql("""
					INSERT INTO ledger_pending (type, subject_id, delegation, recorded_at, content_hash)
					SELECT 'bench.fill', 'fill/' || g, 'KZ', now(), sha256(int8send(g)) FROM generate_series(?, ?) g""")
				.params(queued, queued + chunk - 1)
				.update();
			queued += chunk;
			while (jdbc.sql("SELECT count(*) FROM ledger_pending").query(Long.class).single() > 200_000) {
				Thread.sleep(500);
			}
		}
		while (log.size() < entries) {
			Thread.sleep(500);
		}
		System.err.printf(Locale.ROOT, "filled to %d entries in %.0f s%n", log.size(), (System.nanoTime() - started) / 1e9);
	}

	/**
	 * wrk asking for proofs of random leaves: one connection, one request after the other, for the latency a client
	 * sees; then eight connections, for the rate the server sustains (and the latency of a queue, on two cores).
	 */
	private static String wrk(int port, long size, Path work) throws Exception {
		var script = Files.writeString(work.resolve("inclusion.lua"), """
				math.randomseed(os.time())
				request = function()
				  return wrk.format("GET", "/api/v1/ledger/proofs/inclusion?index=" .. math.random(0, %d) .. "&size=%d")
				end
				""".formatted(size - 1, size));
		var url = "http://localhost:" + port;
		run(List.of("wrk", "-t1", "-c1", "-d15s", "-s", script.toString(), url));
		var table = new StringBuilder("| wrk | requests/s | p50 | p90 | p99 |\n|---|---|---|---|---|\n");
		for (var load : List.of(List.of("1", "1"), List.of("2", "8"))) {
			var output = run(List.of("wrk", "-t" + load.get(0), "-c" + load.get(1), "-d30s", "--latency", "-s", script.toString(), url));
			table.append("| ").append(load.get(1)).append(" connection(s), 30 s | ");
			var rate = Pattern.compile("Requests/sec:\\s+([0-9.]+)").matcher(output);
			table.append(rate.find() ? rate.group(1) : "?").append(" | ");
			for (var p : List.of("50%", "90%", "99%")) {
				var m = Pattern.compile("\\s" + Pattern.quote(p) + "\\s+([0-9.]+\\w+)").matcher(output);
				table.append(m.find() ? m.group(1) : "?").append(" | ");
			}
			table.append('\n');
		}
		return table.append('\n').toString();
	}

	/** (a) Every leaf and the root of the exported log, beside sha256sum of the same file. */
	private static String verification(Path entries, Path export, VerifierKey key, long size) throws Exception {
		long bytes = Files.size(entries);
		run(List.of("cat", entries.toString()));
		var sha256sum = median(5, () -> timed(() -> run(List.of("sha256sum", entries.toString()))));
		timed(() -> leavesAndRoot(entries));
		var leaves = median(5, () -> timed(() -> leavesAndRoot(entries)));
		var full = median(3, () -> timed(() -> LogExport.verify(export, key)));
		return String.format(Locale.ROOT, """
				## (a) Verifying a %d-entry log (%d bytes of entries)

				| what | median of 5 (3 for the last) | throughput | relative to sha256sum |
				|---|---|---|---|
				| `sha256sum entries.jsonl` (reference) | %.3f s | %.0f MB/s | 100%% |
				| recompute every leaf and the root (`LogExport.forEachLeaf` + `TreeBuilder`) | %.3f s | %.0f MB/s | %.0f%% |
				| the whole `truce ledger verify --export` (also parses each entry, checks its canonical form, index and every checkpoint) | %.3f s | %.0f MB/s | %.0f%% |

				""", size, bytes, sha256sum, bytes / sha256sum / 1e6, leaves, bytes / leaves / 1e6, 100 * sha256sum / leaves, full,
				bytes / full / 1e6, 100 * sha256sum / full);
	}

	private static byte[] leavesAndRoot(Path entries) {
		var tree = new TreeBuilder();
		try (InputStream in = new BufferedInputStream(Files.newInputStream(entries), 1 << 20)) {
			LogExport.forEachLeaf(in, tree::append);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return tree.root();
	}

	private static double timed(Runnable work) {
		long started = System.nanoTime();
		work.run();
		return (System.nanoTime() - started) / 1e9;
	}

	private static double median(int runs, Supplier<Double> measure) {
		var times = new ArrayList<Double>();
		for (int i = 0; i < runs; i++) {
			times.add(measure.get());
		}
		times.sort(Double::compare);
		return times.get(runs / 2);
	}

	private static String row(String what, double value, String unit) {
		return String.format(Locale.ROOT, "| %s | %.2f %s |%n", what, value, unit);
	}

	private static String run(List<String> command) {
		try {
			var process = new ProcessBuilder(command).redirectErrorStream(true).start();
			var output = new String(process.getInputStream().readAllBytes());
			if (process.waitFor() != 0) {
				throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
			}
			return output;
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
