package org.motcua.commons;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Map;
import org.motcua.commons.outbox.Outbox;
import org.motcua.commons.problem.ProblemException;

/** A tiny service used only by this module's tests: a note and its events, written together. */
@Path("/test/notes")
public class TestNotesResource {

    static final String TOPIC = "commons.test.v1";

    public record NewNote(@NotBlank String subject, @NotBlank @Size(max = 20) String text, @Valid List<Line> lines) {
    }

    public record Line(@NotBlank String code) {
    }

    @Inject
    EntityManager em;
    @Inject
    Outbox outbox;

    @POST
    @Transactional
    @RolesAllowed("intake-officer")
    public Map<String, Object> create(@Valid NewNote note, @QueryParam("events") int events,
            @QueryParam("failAfterWrite") boolean failAfterWrite) {
        em.createNativeQuery("INSERT INTO test_note (subject, text) VALUES (:s, :t)")
                .setParameter("s", note.subject()).setParameter("t", note.text()).executeUpdate();
        for (int i = 1; i <= events; i++) {
            outbox.append(TOPIC, "org.motcua.test.note.v1", note.subject(), Map.of("n", i));
        }
        if (failAfterWrite) {
            throw ProblemException.conflict("Rolled back on purpose");
        }
        return Map.of("subject", note.subject());
    }
}
