/**
 * Humanitarian cooperation under the truce: access requests, convoys, medical evacuations, releases and exchanges of
 * detainees and abductees, missing persons — each with the commitments parties make and whether they were kept.
 */
@NullMarked
package org.truce.humanitarian;

import org.jspecify.annotations.NullMarked;
