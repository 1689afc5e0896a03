package org.truce.talks.web;

import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.truce.core.Links;
import org.truce.core.NotFoundException;
import org.truce.identity.CurrentViewer;
import org.truce.ledger.Ledger;
import org.truce.ledger.LoggedSubject;
import org.truce.talks.Message;
import org.truce.talks.MessageId;
import org.truce.talks.NewTalks;
import org.truce.talks.ProximityTalks;
import org.truce.talks.Recorded;
import org.truce.talks.TalksId;
import org.truce.talks.ThreadId;
import org.truce.talks.web.TalksRequests.MessageRequest;
import org.truce.talks.web.TalksRequests.RelayRequest;
import org.truce.talks.web.TalksRequests.TalksRequest;
import org.truce.talks.web.TalksResponses.MessageResponse;
import org.truce.talks.web.TalksResponses.TalksResponse;
import org.truce.talks.web.TalksResponses.ThreadResponse;
import org.truce.talks.web.TalksResponses.ThreadWithMessages;

/**
 * Proximity talks: opened by the secretariat; each party writes in its own thread with the mediator, who relays between
 * them. Whatever the caller may not read answers 404, as an id that does not exist. Opening, posting and relaying
 * answer with the receipt of the change's ledger entry.
 */
@RestController
@RequestMapping("/api/v1/talks")
class TalksApiController {

	private final ProximityTalks talks;
	private final CurrentViewer viewer;
	private final Ledger ledger;

	TalksApiController(ProximityTalks talks, CurrentViewer viewer, Ledger ledger) {
		this.talks = talks;
		this.viewer = viewer;
		this.ledger = ledger;
	}

	@PostMapping
	ResponseEntity<TalksResponse> open(@RequestBody TalksRequest request) {
		var opened = talks.open(new NewTalks(request.title(), request.mediator(), request.parties()), viewer.member());
		return ResponseEntity.created(Links.to("/api/v1/talks/{id}", opened.value().id()))
			.body(TalksResponse.of(opened.value(), ledger.receiptFor(opened.ticket())));
	}

	@GetMapping("/{id}")
	TalksResponse get(@PathVariable UUID id) {
		return TalksResponse.of(talks.find(new TalksId(id), viewer.get()).orElseThrow(() -> new NotFoundException("talks", id)),
				null);
	}

	/** The ledger entry of the talks' opening with the exact content its hash covers and the salt. */
	@GetMapping("/{id}/ledger")
	LoggedSubject.Check ledger(@PathVariable UUID id) {
		return talks.ledgerEntry(new TalksId(id), viewer.get()).check();
	}

	@GetMapping("/threads")
	ThreadList threads() {
		return new ThreadList(talks.threads(viewer.get()).stream().map(ThreadResponse::of).toList());
	}

	@GetMapping("/threads/{id}")
	ThreadWithMessages thread(@PathVariable UUID id) {
		var thread = talks.thread(new ThreadId(id), viewer.get());
		return new ThreadWithMessages(ThreadResponse.of(thread.thread()),
				thread.messages().stream().map(MessageResponse::of).toList());
	}

	@PostMapping("/threads/{id}/messages")
	ResponseEntity<MessageResponse> post(@PathVariable UUID id, @RequestBody MessageRequest request) {
		return created(talks.post(new ThreadId(id), request.text(), viewer.member()));
	}

	@GetMapping("/messages/{id}")
	MessageResponse message(@PathVariable UUID id) {
		return MessageResponse.of(talks.message(new MessageId(id), viewer.get()));
	}

	/** A message's ledger entry with the exact content its hash covers and the salt: enough to recompute the hash. */
	@GetMapping("/messages/{id}/ledger")
	LoggedSubject.Check messageLedger(@PathVariable UUID id) {
		return talks.messageLedgerEntry(new MessageId(id), viewer.get()).check();
	}

	@PostMapping("/messages/{id}/relay")
	ResponseEntity<MessageResponse> relay(@PathVariable UUID id, @RequestBody RelayRequest request) {
		var target = request.toThreadId() == null ? null : new ThreadId(request.toThreadId());
		return created(talks.relay(new MessageId(id), target, request.text(), viewer.member()));
	}

	/** The new message with the receipt of its entry, waited for once its transaction has committed. */
	private ResponseEntity<MessageResponse> created(Recorded<Message> recorded) {
		var message = recorded.value();
		return ResponseEntity.created(Links.to("/api/v1/talks/messages/{id}", message.id()))
			.body(MessageResponse.of(message, ledger.receiptFor(recorded.ticket())));
	}

	record ThreadList(List<ThreadResponse> items) {
	}
}
