package org.truce.report;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class StoreFeed implements ReportFeed {

	private final JdbcReportStore store;

	StoreFeed(JdbcReportStore store) {
		this.store = store;
	}

	@Override
	public Optional<ReportDetails> find(ReportId id) {
		return store.find(id).map(Report::details);
	}
}
