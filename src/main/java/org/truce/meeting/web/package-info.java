/** The meetings' REST API, calendar files, briefing pack downloads and pages. */
@NullMarked
package org.truce.meeting.web;

import org.jspecify.annotations.NullMarked;
