package org.truce.humanitarian;

import java.time.Instant;

import org.truce.core.DelegationCode;

/** A humanitarian item was raised. */
public record HumanitarianItemRaised(HumanitarianItemId itemId, HumanitarianKind kind, DelegationCode raisedBy, Instant at) {
}
