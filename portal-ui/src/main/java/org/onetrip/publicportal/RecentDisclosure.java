package org.onetrip.publicportal;

import java.time.Instant;
import org.onetrip.projections.disclosure.DisclosureType;

/** One published disclosure for the home page: what it is, its key (item code, notice or bulletin id), title and when. */
public record RecentDisclosure(DisclosureType type, String key, String title, Instant at) {}
