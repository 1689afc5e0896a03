/** The report register's REST API under {@code /api/v1/reports} and its pages under {@code /reports}. */
@NullMarked
package org.truce.report.web;

import org.jspecify.annotations.NullMarked;
