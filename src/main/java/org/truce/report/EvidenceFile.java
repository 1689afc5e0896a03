package org.truce.report;

/**
 * Evidence as served to one viewer: the original bytes, or, for a viewer outside the guarantors' circle, a copy of an
 * image without its EXIF, GPS and other embedded metadata.
 */
public record EvidenceFile(Evidence evidence, byte[] content, boolean metadataStripped) {
}
