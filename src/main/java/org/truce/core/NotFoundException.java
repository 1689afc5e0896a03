package org.truce.core;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * An item that does not exist, or that the viewer may not see: both answer the same way, so that
 * nobody learns of an item's existence from the error.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

	public NotFoundException(String kind, Object id) {
		super("No " + kind + " " + id);
	}
}
