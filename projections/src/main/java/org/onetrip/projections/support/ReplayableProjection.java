package org.onetrip.projections.support;

import java.util.List;

/**
 * A projection a feature contributes as a bean, so the admin's rebuild, {@code --onetrip.replay} and the
 * rebuild of outdated indices know it without the read side's own configuration naming every feature.
 */
public record ReplayableProjection(String processingGroup, List<ProjectionIndex> indices) {}
