package org.motcua.contracts;

/** How a dossier reached the agency, with the national channel code (Circular 01/2018). */
public enum Channel {
    /** Trực tiếp: in person at the one-stop desk. */
    DIRECT(1),
    /** Trực tuyến: online through the provincial portal. */
    ONLINE(2),
    /** Bưu chính công ích: public postal service. */
    POSTAL(3);

    public final int nationalCode;

    Channel(int nationalCode) {
        this.nationalCode = nationalCode;
    }
}
