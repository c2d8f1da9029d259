package org.motcua.commons;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

/** A form with typed fields (enum, date, instant, number), used only by this module's bad-input tests. */
@Path("/test/forms")
public class TestFormsResource {

    public enum Channel { DIRECT, POSTAL, ONLINE }

    public record Form(@NotNull Channel channel, LocalDate day, OffsetDateTime at, Integer copies, String name) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("intake-officer")
    public Map<String, Object> accept(@NotNull @Valid Form form) {
        return Map.of("channel", form.channel().name(), "name", String.valueOf(form.name()));
    }
}
