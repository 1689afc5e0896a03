package org.truce.report;

import java.io.InputStream;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.truce.core.Confidentiality;
import org.truce.core.ForbiddenException;
import org.truce.core.InvalidInputException;
import org.truce.core.Viewer;
import org.truce.ledger.LoggedSubject;

@Service
class ReportEvidenceService implements ReportEvidence {

	private final ReportRegister register;
	private final EvidenceStore store;

	ReportEvidenceService(ReportRegister register, EvidenceStore store) {
		this.register = register;
		this.store = store;
	}

	@Override
	public Evidence attach(ReportId report, String filename, @Nullable String description, @Nullable Confidentiality level,
			InputStream content, Viewer.Member by) {
		var details = register.get(report, by);
		if (!by.owns(details.sourceDelegation())) {
			throw new ForbiddenException("Only the delegation that filed a report attaches evidence to it");
		}
		var reportLevel = details.content().confidentiality();
		var fileLevel = level == null ? reportLevel : level;
		if (fileLevel.compareTo(reportLevel) < 0) {
			throw new InvalidInputException("confidentiality", "must be at least the report's level, " + reportLevel);
		}
		return store.attach(new EvidenceUpload(EvidenceSubject.report(report), filename, description, fileLevel, content), by);
	}

	@Override
	public List<Evidence> of(ReportId report, Viewer viewer) {
		register.get(report, viewer);
		return store.of(EvidenceSubject.report(report), viewer);
	}

	@Override
	public EvidenceFile open(ReportId report, EvidenceId evidence, Viewer viewer) {
		register.get(report, viewer);
		return store.open(EvidenceSubject.report(report), evidence, viewer);
	}

	@Override
	public LoggedSubject ledgerEntry(ReportId report, EvidenceId evidence, Viewer viewer) {
		register.get(report, viewer);
		return store.ledgerEntry(EvidenceSubject.report(report), evidence, viewer);
	}
}
