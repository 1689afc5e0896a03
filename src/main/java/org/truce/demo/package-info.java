/**
 * The reference scenario as data: the ceasefire of 30 December 2016, its delegations and demo users, its actors, one
 * report per UCDP GED event of the period, and the proximity talks and the opposition's proposal, seeded idempotently
 * when the demo runs.
 */
@NullMarked
package org.truce.demo;

import org.jspecify.annotations.NullMarked;
