package org.truce.humanitarian;

import java.time.Instant;

import org.truce.core.DelegationCode;

/** A humanitarian item's status changed. */
public record HumanitarianStatusChanged(HumanitarianItemId itemId, HumanitarianStatus from, HumanitarianStatus to, DelegationCode by, Instant at) {
}
