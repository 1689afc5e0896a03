package org.truce.humanitarian;

import java.time.Instant;

import org.truce.core.DelegationCode;

/**
 * A move of a humanitarian item's status, with who made it and why.
 *
 * @param number the change's place in the item's status history, from 1
 */
public record HumanitarianStatusChange(int number, HumanitarianStatus from, HumanitarianStatus to, String reason,
		DelegationCode changedBy, Instant changedAt) {
}
