/**
 * The shared kernel: the Quran's vocabulary ({@link org.itqan.quran.shared.VerseKey}, the fixed shape of the
 * Hafs mushaf in {@link org.itqan.quran.shared.Mushaf}) and the problem+json error model every module uses
 * ({@link org.itqan.quran.shared.ApiProblem}). It depends on no other module.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.itqan.quran.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
