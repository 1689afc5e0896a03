/**
 * The talks module's HTTP endpoints and pages: proposals under {@code /api/v1/proposals} and {@code /proposals}, proximity
 * talks under {@code /api/v1/talks} and {@code /talks}. They speak in request and response records, never domain types.
 */
@NullMarked
package org.truce.talks.web;

import org.jspecify.annotations.NullMarked;
