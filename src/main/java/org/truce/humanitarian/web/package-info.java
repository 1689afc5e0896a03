/** The humanitarian items' REST API and pages. */
@NullMarked
package org.truce.humanitarian.web;

import org.jspecify.annotations.NullMarked;
