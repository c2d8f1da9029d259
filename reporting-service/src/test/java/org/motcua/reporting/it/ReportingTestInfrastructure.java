package org.motcua.reporting.it;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import org.motcua.testsupport.ServiceTestResource;

/** The real PostgreSQL (database reporting_test, recreated) and broker for this module's tests. */
@WithTestResource(value = ServiceTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "reporting_test"))
public class ReportingTestInfrastructure {
}
