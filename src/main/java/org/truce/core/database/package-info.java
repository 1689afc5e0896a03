/** The one PostgreSQL database: the embedded server by default, an external one through {@code TRUCE_DB_URL}. */
@NullMarked
package org.truce.core.database;

import org.jspecify.annotations.NullMarked;
