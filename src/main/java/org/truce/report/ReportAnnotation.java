package org.truce.report;

/**
 * One fact a downstream module adds to a report: a field of the report's JSON, and a labelled link on its page.
 *
 * @param field the JSON field name, such as {@code incidentId}
 * @param labelKey the message key of the label the page shows
 * @param page the path of the page the value links to, such as {@code /incidents/…}
 */
public record ReportAnnotation(String field, String value, String labelKey, String page) {
}
