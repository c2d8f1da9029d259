package org.motcua.commons.logging;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Puts the dossier code of a REST call's path ({@code /api/v1/dossiers/{code}...}) into the log MDC for the
 * time of the request. Only in services that set {@code motcua.logging.dossier-code-path-param} (intake and
 * processing: {@code code}); the catalogue's {@code {code}} is a procedure code.
 */
@Provider
public class DossierCodeLogFilter implements ContainerRequestFilter, ContainerResponseFilter {

    @ConfigProperty(name = "motcua.logging.dossier-code-path-param")
    Optional<String> pathParam;

    @Override
    public void filter(ContainerRequestContext request) {
        if (pathParam.isPresent()) {
            DossierMdc.put(request.getUriInfo().getPathParameters().getFirst(pathParam.get()));
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        DossierMdc.clear();
    }
}
