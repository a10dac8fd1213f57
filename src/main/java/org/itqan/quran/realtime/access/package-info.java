/** How long a user's live stream may run: no longer than the access token it was opened with is valid. */
@NullMarked
package org.itqan.quran.realtime.access;

import org.jspecify.annotations.NullMarked;
