/** The verification REST API (cases, guarantor logs) and pages (the inbox, cases, the daily table). */
@NullMarked
package org.truce.verification.web;

import org.jspecify.annotations.NullMarked;
