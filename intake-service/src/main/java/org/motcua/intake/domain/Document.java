package org.motcua.intake.domain;

/** One document filed (giấy tờ): the procedure's component it answers, with originals, copies and file. */
public record Document(String componentCode, String title, int originals, int copies, String fileRef) {

    /** Filed electronically: a file reference is attached (counts for the digitisation indicator). */
    public boolean digitised() {
        return fileRef != null && !fileRef.isBlank();
    }
}
