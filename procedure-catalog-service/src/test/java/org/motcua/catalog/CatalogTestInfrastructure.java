package org.motcua.catalog;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import org.motcua.testsupport.ServiceTestResource;

/** The real PostgreSQL and broker for this module's tests (one database, recreated once per run). */
@WithTestResource(value = ServiceTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "catalog_test"))
public class CatalogTestInfrastructure {
}
