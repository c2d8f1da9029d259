package org.motcua.intake;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import org.motcua.testsupport.ServiceTestResource;

/** The real PostgreSQL (database intake_test, recreated once per run) and broker for this module's tests. */
@WithTestResource(value = ServiceTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "intake_test"))
public class IntakeTestInfrastructure {
}
