/**
 * The jar's command line ({@code import}, {@code verify}, {@code export}). {@link org.itqan.quran.content.cli.Commands}
 * is exposed as the named interface {@code cli} because {@code main} must reach it before any Spring context exists;
 * everything else here stays internal to the content module.
 */
@NullMarked
@NamedInterface("cli")
package org.itqan.quran.content.cli;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
