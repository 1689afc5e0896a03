/**
 * Closed-door meetings of the mechanism: scheduling, invitations per delegation and agenda item, the confidential
 * line-up, agendas linked to cases, proposals and humanitarian items, minutes approved by the participants, the public
 * outcome statement, action items carried forward, calendar invitations, and the implementation review briefing pack.
 */
@NullMarked
package org.truce.meeting;

import org.jspecify.annotations.NullMarked;
