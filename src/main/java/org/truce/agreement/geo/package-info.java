/**
 * The administrative geography and the gazetteer behind the agreement module's API, loaded once from the OCHA
 * COD-AB boundaries and populated places that ship in {@code classpath:geo/}.
 */
@NullMarked
package org.truce.agreement.geo;

import org.jspecify.annotations.NullMarked;
