package org.itqan.quran.userdata;

import java.util.List;
import java.util.function.ToLongFunction;

/** One page of a keyset read, in ascending {@code seq} order, and whether more exist on either side. */
public record Slice<T>(List<T> items, boolean hasNext, boolean hasPrevious, ToLongFunction<T> seqOf) {
}
