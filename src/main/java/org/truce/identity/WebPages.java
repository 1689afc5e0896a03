package org.truce.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller whose handlers render pages. Whatever they raise answers the HTML error page, with the status the
 * API gives the same error (404 for what does not exist or may not be seen, 403, 409, 422, 400), whatever the request's
 * {@code Accept} header: a page never answers with an API error's JSON.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface WebPages {
}
