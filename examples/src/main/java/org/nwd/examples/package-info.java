/**
 * Runnable examples of the nwd library (not published): {@link org.nwd.examples.MainJob} (the
 * end-to-end analysis of the sample cohort with an HTML report), {@link
 * org.nwd.examples.VendorExample} (a case system's own export mapped into the domain model) and the
 * helpers the JShell scripts use. Only this module prints; the library modules never do.
 */
@NullMarked
package org.nwd.examples;

import org.jspecify.annotations.NullMarked;
