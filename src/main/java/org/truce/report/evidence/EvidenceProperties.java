package org.truce.report.evidence;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * @param directory where the files are kept; several application nodes share it (a network volume)
 * @param maxSize the largest file accepted, enforced while the upload streams in
 */
@ConfigurationProperties("truce.evidence")
record EvidenceProperties(Path directory, DataSize maxSize) {
}
