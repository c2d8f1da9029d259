package org.motcua.commons.inbox;

/** A message that can never be handled (malformed, wrong schema): it goes to the dead-letter topic. */
public class PoisonMessageException extends RuntimeException {

    public PoisonMessageException(String message) {
        super(message);
    }

    public PoisonMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
