/** The benchmarks of issue 3, compiled and run by {@code bench/ledger.sh} beside the application, never by the build. */
@NullMarked
package org.truce.bench;

import org.jspecify.annotations.NullMarked;
