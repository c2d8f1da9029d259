package org.motcua.reporting.domain;

/** A query parameter that breaks a rule: its name and the reason in Vietnamese. */
public class InvalidParameter extends RuntimeException {

    private final String parameter;
    private final String reason;

    public InvalidParameter(String parameter, String reason) {
        super(parameter + ": " + reason);
        this.parameter = parameter;
        this.reason = reason;
    }

    public String parameter() {
        return parameter;
    }

    public String reason() {
        return reason;
    }
}
