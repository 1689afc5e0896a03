/**
 * Shared kernel: confidentiality levels, delegation roles, the viewer of a request, the errors every
 * module raises, the access log, and the PostgreSQL database all modules keep their tables in.
 */
@NullMarked
package org.truce.core;

import org.jspecify.annotations.NullMarked;
