/**
 * The agreement module's HTTP endpoints: admin areas and the gazetteer under {@code /api/v1}, and the boundary maps
 * under {@code /geo}.
 */
@NullMarked
package org.truce.agreement.web;

import org.jspecify.annotations.NullMarked;
