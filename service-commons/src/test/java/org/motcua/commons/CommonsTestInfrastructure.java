package org.motcua.commons;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import org.motcua.testsupport.ServiceTestResource;

/** The real PostgreSQL and broker for this module's tests. */
@WithTestResource(value = ServiceTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "database", value = "commons_test"),
            @ResourceArg(name = "topics", value = "commons.test.v1,commons.test.dead-letter.v1")})
public class CommonsTestInfrastructure {
}
