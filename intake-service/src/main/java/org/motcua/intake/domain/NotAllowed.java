package org.motcua.intake.domain;

/** The dossier's current state does not allow the action (answered as 409); the message is Vietnamese. */
public class NotAllowed extends RuntimeException {

    public NotAllowed(String message) {
        super(message);
    }
}
