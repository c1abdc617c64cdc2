package org.wearetogether.jobs;

import java.util.List;

/** Several {@link RetentionRule}s contributed by one bean, e.g. one module's store of many collections. */
public interface RetentionRules {

    List<RetentionRule> retentionRules();
}
