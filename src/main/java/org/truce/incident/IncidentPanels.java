package org.truce.incident;

import java.util.List;

import org.truce.core.Viewer;

/**
 * What downstream modules know about an incident, shown on its page although this module does not depend on them: the
 * guarantors' log entries of it, its verification case and ruling. The page asks every implementation.
 */
public interface IncidentPanels {

	/** The panels this module shows for the incident, cut to what the viewer may see; none if it knows nothing. */
	List<IncidentPanel> panels(IncidentId incident, Viewer viewer);
}
