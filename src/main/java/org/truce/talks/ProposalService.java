package org.truce.talks;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.truce.core.AccessLog;
import org.truce.core.DelegationCode;
import org.truce.core.NotFoundException;
import org.truce.core.Viewer;
import org.truce.ledger.LoggedSubject;

@Service
@Transactional
class ProposalService implements Proposals {

	/** How the access log names a proposal. */
	private static final String SUBJECT_TYPE = "proposal";

	private final JdbcProposalStore store;
	private final AccessLog accessLog;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final TalksLedger ledger;

	ProposalService(JdbcProposalStore store, AccessLog accessLog, ApplicationEventPublisher events, Clock clock,
			TalksLedger ledger) {
		this.store = store;
		this.ledger = ledger;
		this.accessLog = accessLog;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public Recorded<ProposalDetails> submit(NewProposal draft, Viewer.Member by) {
		var proposal = Proposal.submit(draft, by, now());
		var ticket = store.insert(proposal, by.username());
		return new Recorded<>(publish(proposal, by), ticket);
	}

	@Override
	public Optional<ProposalDetails> find(ProposalId id, Viewer viewer) {
		return store.find(id).filter(proposal -> proposal.visibleTo(viewer)).map(proposal -> {
			recordRead(viewer, proposal.summary());
			return proposal.details(viewer);
		});
	}

	@Override
	public List<ProposalSummary> list(@Nullable ProposalStatus status, Viewer viewer) {
		var proposals = store.list(status, viewer);
		proposals.forEach(proposal -> recordRead(viewer, proposal));
		return proposals;
	}

	@Override
	public Recorded<ProposalDetails> revise(ProposalId id, @Nullable String text, @Nullable String reason, Viewer.Member by) {
		var proposal = lockVisible(id, by);
		var ticket = store.appendVersion(proposal, proposal.revise(text, reason, by, now()), by.username());
		return new Recorded<>(publish(proposal, by), ticket);
	}

	@Override
	public Recorded<ProposalDetails> takePosition(ProposalId id, @Nullable Stance stance, @Nullable String text,
			Viewer.Member by) {
		var proposal = lockVisible(id, by);
		var ticket = store.appendPosition(proposal.id(), proposal.takePosition(stance, text, by, now()), by.username());
		return new Recorded<>(publish(proposal, by), ticket);
	}

	@Override
	public Recorded<ProposalDetails> changeStatus(ProposalId id, @Nullable ProposalStatus status, @Nullable String reason,
			Viewer.Member by) {
		var proposal = lockVisible(id, by);
		var ticket = store.appendStatusChange(proposal, proposal.moveTo(status, reason, by, now()), by.username());
		return new Recorded<>(publish(proposal, by), ticket);
	}

	@Override
	public List<DiffSegment> diff(ProposalId id, int from, int to, Viewer viewer) {
		return find(id, viewer).orElseThrow(() -> notFound(id)).diff(from, to);
	}

	@Override
	public LoggedSubject versionLedgerEntry(ProposalId id, int version, Viewer viewer) {
		return ledgerEntry(id, JdbcProposalStore.versionSubject(id, version), viewer);
	}

	@Override
	public LoggedSubject positionLedgerEntry(ProposalId id, int version, DelegationCode delegation, int number, Viewer viewer) {
		return ledgerEntry(id, JdbcProposalStore.positionSubject(id, version, delegation, number), viewer);
	}

	@Override
	public LoggedSubject statusChangeLedgerEntry(ProposalId id, int number, Viewer viewer) {
		return ledgerEntry(id, JdbcProposalStore.statusSubject(id, number), viewer);
	}

	/** The entry of one change of a proposal the viewer may see, its read recorded as the proposal's. */
	private LoggedSubject ledgerEntry(ProposalId id, String subject, Viewer viewer) {
		find(id, viewer).orElseThrow(() -> notFound(id));
		return ledger.entryOf(subject).orElseThrow(() -> new NotFoundException("logged change", subject));
	}

	/** Loads the proposal locked until the transaction ends, so that versions and positions are numbered one at a time. */
	private Proposal lockVisible(ProposalId id, Viewer viewer) {
		return store.lock(id).filter(proposal -> proposal.visibleTo(viewer)).orElseThrow(() -> notFound(id));
	}

	private ProposalDetails publish(Proposal proposal, Viewer viewer) {
		proposal.takeEvents().forEach(events::publishEvent);
		return proposal.details(viewer);
	}

	private void recordRead(Viewer viewer, ProposalSummary proposal) {
		accessLog.recordRead(viewer, SUBJECT_TYPE, proposal.id().value(), proposal.confidentiality(), proposal.submittedBy());
	}

	private Instant now() {
		return Stored.now(clock);
	}

	private static NotFoundException notFound(ProposalId id) {
		return new NotFoundException("proposal", id);
	}
}
