package org.truce.core;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * An action the viewer's role does not allow on something it can see; answered 403. Where the viewer
 * may not even see the item, {@link NotFoundException} is raised instead.
 */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class ForbiddenException extends RuntimeException {

	public ForbiddenException(String message) {
		super(message);
	}
}
