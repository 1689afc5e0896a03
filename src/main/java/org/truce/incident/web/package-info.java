/** The incidents' REST API and pages, with the analysts' actions as JSON commands and as plain HTML forms. */
@NullMarked
package org.truce.incident.web;

import org.jspecify.annotations.NullMarked;
