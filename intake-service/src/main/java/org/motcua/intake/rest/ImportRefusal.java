package org.motcua.intake.rest;

import java.util.List;
import org.motcua.commons.problem.Problem;
import org.motcua.commons.problem.ProblemException;
import org.motcua.intake.service.ImportReport;

/**
 * An import that recognised nothing is refused as a whole: no line at all, or every line rejected (none imported,
 * none already recorded). Then the answer is a problem naming each rejected line (400 when the body itself could
 * not be read, 422 otherwise), not a 200 report of zero. A partly good batch is still a 200 report.
 */
final class ImportRefusal {

    private ImportRefusal() {
    }

    static ImportReport unlessSomethingRecognised(ImportReport report) {
        if (report.imported() > 0 || report.duplicates() > 0) {
            return report;
        }
        if (report.lines() == 0 && report.rejected() == 0) {
            throw ProblemException.badRequest("body", "không có hồ sơ nào để nhập (mảng JSON hoặc NDJSON rỗng).");
        }
        List<Problem.FieldError> errors = report.errors().stream().map(e -> new Problem.FieldError(
                "line " + e.line() + (e.field() == null ? "" : " " + e.field()), e.reason())).toList();
        boolean unreadable = report.errors().stream().anyMatch(e -> "body".equals(e.field()))
                || report.errors().stream().anyMatch(e -> e.reason() != null && e.reason().contains("JSON"));
        int status = unreadable ? 400 : 422;
        throw new ProblemException(Problem.of(status, unreadable ? "Malformed request body" : "Business rule violated",
                "Không nhập được hồ sơ nào: " + report.rejected() + " dòng bị từ chối"
                        + (errors.isEmpty() ? "." : ", dòng đầu: " + errors.get(0).field() + " — "
                                + errors.get(0).reason() + "."))
                .withErrors(errors).with("rejected", report.rejected()).with("lines", report.lines()));
    }
}
