package org.motcua.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.motcua.catalog.repository.ProcedureRepository;
import org.motcua.commons.outbox.Outbox;
import org.motcua.contracts.EventTypes;
import org.motcua.contracts.Topics;
import org.motcua.contracts.catalog.ProcedureChanged;

/**
 * Announces a procedure's whole published timeline (every published or retired version, never a draft) on
 * the compacted procedures topic, keyed by procedure code, in the transaction that changed it.
 */
@ApplicationScoped
public class ProcedureEvents {

    @Inject
    ProcedureRepository repository;
    @Inject
    VersionCodec codec;
    @Inject
    Outbox outbox;

    /** Must run in the changing transaction, after the change is flushed to the session. */
    public ProcedureChanged timelineChanged(String code) {
        ProcedureChanged event = new ProcedureChanged(code,
                repository.timeline(code).stream().map(codec::read).toList());
        outbox.append(Topics.PROCEDURES, EventTypes.PROCEDURE_CHANGED, code, event);
        return event;
    }
}
