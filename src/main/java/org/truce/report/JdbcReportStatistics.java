package org.truce.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.truce.core.Viewer;
import org.truce.core.VisibilityFilter;

@Repository
class JdbcReportStatistics implements ReportStatistics {

	private final JdbcClient jdbc;

	JdbcReportStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The same period and visibility as {@link JdbcReportStore#list}: reports whose period overlaps [from, to]. */
	@Override
	public Map<String, Long> count(Instant from, Instant to, Grouping grouping, Viewer viewer) {
		var key = switch (grouping) {
			case GOVERNORATE -> "v.admin1_pcode";
			case CATEGORY -> "v.category";
			case ALLEGED_PERPETRATOR -> "COALESCE(CAST(v.alleged_perpetrator_id AS text), '')";
		};
		var visible = VisibilityFilter.of(viewer, "v.confidentiality", "r.source_delegation");
		var counts = new LinkedHashMap<String, Long>();
		jdbc.sql("SELECT " + key + " AS grouping_key, count(*) AS n FROM report r "
				+ "JOIN report_revision v ON v.report_id = r.id AND v.revision = r.current_revision WHERE " + visible.sql()
				+ " AND v.occurred_to >= :from AND v.occurred_from <= :to GROUP BY 1 ORDER BY 2 DESC, 1")
			.params(visible.parameters())
			.param("from", from.atOffset(ZoneOffset.UTC))
			.param("to", to.atOffset(ZoneOffset.UTC))
			.query(rs -> {
				var value = rs.getString("grouping_key");
				counts.put(grouping == Grouping.CATEGORY ? Category.valueOf(value).code() : value, rs.getLong("n"));
			});
		return counts;
	}
}
