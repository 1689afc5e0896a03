/**
 * The evidence store: files kept once per content under their SHA-256, attachment records with their levels, type
 * detection from content, and metadata stripping of images shown outside the guarantors' circle.
 */
@NullMarked
package org.truce.report.evidence;

import org.jspecify.annotations.NullMarked;
