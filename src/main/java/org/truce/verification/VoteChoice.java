package org.truce.verification;

/** A guarantor's vote on a drafted finding. */
public enum VoteChoice {
	AGREE, DISAGREE, ABSTAIN
}
