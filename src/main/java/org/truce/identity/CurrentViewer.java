package org.truce.identity;

import org.truce.core.Viewer;

/** The viewer on whose behalf the current request runs: a member of a delegation, or the public. */
public interface CurrentViewer {

	Viewer get();

	/** The signed-in member; fails with 401 semantics if the request is anonymous. */
	Viewer.Member member();
}
