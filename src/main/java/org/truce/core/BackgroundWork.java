package org.truce.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;

/**
 * Marks a component that does work of its own accord — a background thread, scheduled tasks, a chore at start-up —
 * which changes the database or needs the ledger's signing key. Such components are left out of an application started
 * read-only ({@value #READ_ONLY}{@code =true}), as {@code truce ledger verify} and {@code export} start it: it reads
 * what is stored and changes nothing, not even by the way.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnBooleanProperty(name = BackgroundWork.READ_ONLY, havingValue = false, matchIfMissing = true)
public @interface BackgroundWork {

	/** The property that starts the application read-only: without background work, on read-only connections. */
	String READ_ONLY = "truce.read-only";
}
