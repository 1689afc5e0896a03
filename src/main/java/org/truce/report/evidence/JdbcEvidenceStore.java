package org.truce.report.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.truce.core.AccessLog;
import org.truce.core.Confidentiality;
import org.truce.core.DelegationCode;
import org.truce.core.InvalidInputException;
import org.truce.core.NotFoundException;
import org.truce.core.Viewer;
import org.truce.core.VisibilityFilter;
import org.truce.ledger.Ledger;
import org.truce.ledger.LedgerRecord;
import org.truce.ledger.LedgerSubjects;
import org.truce.ledger.LoggedSubject;
import org.truce.ledger.SubjectContent;
import org.truce.report.Evidence;
import org.truce.report.EvidenceAttached;
import org.truce.report.EvidenceFile;
import org.truce.report.EvidenceId;
import org.truce.report.EvidenceStore;
import org.truce.report.EvidenceSubject;
import org.truce.report.EvidenceUpload;

/**
 * Evidence attachments in PostgreSQL, each logged in the ledger as it is attached ({@code evidence.attached}, subject
 * the attachment's id) with the file's hash in its content, so the log pins the exact bytes; whoever may see an
 * attachment is given its entry and the content it hashes.
 */
@Service
@EnableConfigurationProperties(EvidenceProperties.class)
class JdbcEvidenceStore implements EvidenceStore, LedgerSubjects {

	static final String ATTACHED = "evidence.attached";

	static final int MAXIMUM_FILENAME_LENGTH = 255;
	static final int MAXIMUM_DESCRIPTION_LENGTH = 2_000;
	private static final String COLUMNS = """
			id, subject_type, subject_id, sha256, size, media_type, filename, description, confidentiality, owner, uploaded_at""";

	private final JdbcClient jdbc;
	private final ContentAddressedFiles files;
	private final long maxBytes;
	private final AccessLog accessLog;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final Ledger ledger;

	JdbcEvidenceStore(JdbcClient jdbc, EvidenceProperties properties, AccessLog accessLog, ApplicationEventPublisher events,
			Clock clock, Ledger ledger) {
		this.ledger = ledger;
		this.jdbc = jdbc;
		this.files = new ContentAddressedFiles(properties.directory());
		this.maxBytes = properties.maxSize().toBytes();
		this.accessLog = accessLog;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional
	public Evidence attach(EvidenceUpload upload, Viewer.Member by) {
		var filename = checkedFilename(upload.filename());
		var description = upload.description() == null ? "" : upload.description().strip();
		if (description.length() > MAXIMUM_DESCRIPTION_LENGTH) {
			throw new InvalidInputException("description", "must be at most " + MAXIMUM_DESCRIPTION_LENGTH + " characters");
		}
		var stored = files.store(upload.content(), maxBytes);
		if (stored.size() == 0) {
			throw new InvalidInputException("file", "is empty");
		}
		var evidence = new Evidence(new EvidenceId(UUID.randomUUID()), upload.subject(), stored.sha256(), stored.size(),
				MediaTypes.detect(stored.head()), filename, description, upload.confidentiality(), by.delegation(),
				clock.instant().truncatedTo(ChronoUnit.MICROS));
		var content = SubjectContent.salted(content(evidence));
		jdbc.sql("INSERT INTO evidence (" + COLUMNS + ", uploaded_by, salt) VALUES (:id, :subjectType, :subjectId, :sha256, :size,"
				+ " :mediaType, :filename, :description, :level, :owner, :at, :by, :salt)")
			.param("id", evidence.id().value())
			.param("subjectType", evidence.subject().type())
			.param("subjectId", evidence.subject().id())
			.param("sha256", evidence.sha256())
			.param("size", evidence.size())
			.param("mediaType", evidence.mediaType())
			.param("filename", filename)
			.param("description", description)
			.param("level", evidence.confidentiality().name())
			.param("owner", evidence.owner().value())
			.param("at", evidence.uploadedAt().atOffset(ZoneOffset.UTC))
			.param("by", by.username())
			.param("salt", content.salt())
			.update();
		ledger.record(new LedgerRecord(ATTACHED, evidence.id().toString(), by.delegation(), evidence.uploadedAt(), content));
		events.publishEvent(new EvidenceAttached(evidence.id(), evidence.subject(), evidence.sha256(),
				evidence.confidentiality(), evidence.owner(), evidence.uploadedAt()));
		return evidence;
	}

	@Override
	public List<Evidence> of(EvidenceSubject subject, Viewer viewer) {
		var visible = VisibilityFilter.of(viewer, "confidentiality", "owner");
		return jdbc.sql("SELECT " + COLUMNS + " FROM evidence WHERE subject_type = :type AND subject_id = :id AND "
				+ visible.sql() + " ORDER BY uploaded_at, id")
			.param("type", subject.type())
			.param("id", subject.id())
			.params(visible.parameters())
			.query(JdbcEvidenceStore::evidence)
			.list();
	}

	@Override
	@Transactional
	public EvidenceFile open(EvidenceSubject subject, EvidenceId id, Viewer viewer) {
		var evidence = read(subject, id, viewer);
		var original = files.read(evidence.sha256());
		if (outsideGuarantors(viewer, evidence.owner()) && MediaTypes.isStrippableImage(evidence.mediaType())) {
			return new EvidenceFile(evidence, ImageMetadata.strip(original, evidence.mediaType()), true);
		}
		return new EvidenceFile(evidence, original, false);
	}

	@Override
	@Transactional
	public LoggedSubject ledgerEntry(EvidenceSubject subject, EvidenceId id, Viewer viewer) {
		read(subject, id, viewer);
		return ledger.logged(this, List.of(id.toString())).stream().findFirst()
			.orElseThrow(() -> new NotFoundException("logged evidence", id));
	}

	/** The subject's attachment, if the viewer may see it, its read recorded in the access log. */
	private Evidence read(EvidenceSubject subject, EvidenceId id, Viewer viewer) {
		var evidence = jdbc.sql("SELECT " + COLUMNS + " FROM evidence WHERE id = :id AND subject_type = :type AND subject_id = :subject")
			.param("id", id.value())
			.param("type", subject.type())
			.param("subject", subject.id())
			.query(JdbcEvidenceStore::evidence)
			.optional()
			.filter(e -> viewer.canSee(e.confidentiality(), e.owner()))
			.orElseThrow(() -> new NotFoundException("evidence", id));
		accessLog.recordRead(viewer, "evidence", id.value(), evidence.confidentiality(), evidence.owner());
		return evidence;
	}

	@Override
	public Set<String> types() {
		return Set.of(ATTACHED);
	}

	@Override
	public Map<String, SubjectContent> contents(String type, Collection<String> subjectIds) {
		var contents = new HashMap<String, SubjectContent>();
		for (var subject : subjectIds) {
			try {
				jdbc.sql("SELECT " + COLUMNS + ", salt FROM evidence WHERE id = ? AND salt IS NOT NULL")
					.param(UUID.fromString(subject))
					.query((rs, row) -> SubjectContent.of(rs.getBytes("salt"), content(evidence(rs, row))))
					.optional()
					.ifPresent(content -> contents.put(subject, content));
			}
			catch (IllegalArgumentException notAnAttachment) {
				// not a subject this store ever logged
			}
		}
		return contents;
	}

	private static Map<String, Object> content(Evidence evidence) {
		var content = new HashMap<String, Object>();
		content.put("id", evidence.id().toString());
		content.put("subjectType", evidence.subject().type());
		content.put("subjectId", evidence.subject().id().toString());
		content.put("sha256", evidence.sha256());
		content.put("size", evidence.size());
		content.put("mediaType", evidence.mediaType());
		content.put("filename", evidence.filename());
		content.put("description", evidence.description());
		content.put("confidentiality", evidence.confidentiality().name());
		content.put("owner", evidence.owner().value());
		content.put("uploadedAt", evidence.uploadedAt().toString());
		return content;
	}

	/** Whether the viewer reads from outside the guarantors' circle: neither the owner, nor a guarantor or the secretariat. */
	private static boolean outsideGuarantors(Viewer viewer, DelegationCode owner) {
		return !viewer.canSee(Confidentiality.GUARANTORS, owner);
	}

	private static String checkedFilename(String filename) {
		var name = filename.replaceAll("[\\p{Cntrl}/\\\\]", "_").strip();
		if (name.isEmpty()) {
			return "evidence";
		}
		if (name.length() > MAXIMUM_FILENAME_LENGTH) {
			throw new InvalidInputException("filename", "must be at most " + MAXIMUM_FILENAME_LENGTH + " characters");
		}
		return name;
	}

	private static Evidence evidence(ResultSet rs, int row) throws SQLException {
		return new Evidence(new EvidenceId(rs.getObject("id", UUID.class)),
				new EvidenceSubject(rs.getString("subject_type"), rs.getObject("subject_id", UUID.class)), rs.getString("sha256"),
				rs.getLong("size"), rs.getString("media_type"), rs.getString("filename"), rs.getString("description"),
				Confidentiality.valueOf(rs.getString("confidentiality")), new DelegationCode(rs.getString("owner")),
				rs.getObject("uploaded_at", OffsetDateTime.class).toInstant());
	}
}
