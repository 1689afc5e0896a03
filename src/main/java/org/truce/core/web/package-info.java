/** How the REST API answers errors: RFC 9457 problem details that name the offending field. */
@NullMarked
package org.truce.core.web;

import org.jspecify.annotations.NullMarked;
