package org.motcua.processing.domain;

import java.util.ArrayList;
import java.util.List;
import org.motcua.contracts.processing.Decision;
import org.motcua.processing.domain.TransitionRefused.FieldProblem;

/** The fields each action needs. Missing ones are named with their JSON path and a Vietnamese reason. */
public final class ActionFields {
    private ActionFields() {
    }

    static final String REQUIRED = "bắt buộc nhập";

    public static List<FieldProblem> missing(ActionInput input) {
        List<FieldProblem> problems = new ArrayList<>();
        switch (input.action()) {
            case ASSIGN -> {
                require(problems, "unit", input.unit());
                require(problems, "officer", input.officer());
            }
            case APPROVE -> decision(problems, input.decision(), false);
            case REFUSE -> decision(problems, input.decision(), true);
            case EXTEND -> {
                require(problems, "reason", input.reason());
                if (input.newDueDate() == null) {
                    problems.add(new FieldProblem("newDueDate", REQUIRED));
                }
            }
            case RETURN_RESULT -> {
                if (input.channel() == null) {
                    problems.add(new FieldProblem("channel", REQUIRED + " (DIRECT, POSTAL hoặc ONLINE)"));
                }
            }
            case REQUEST_SUPPLEMENT -> {
                if (input.missingComponents().isEmpty()) {
                    problems.add(new FieldProblem("missingComponents",
                            "phải liệt kê đầy đủ các thành phần hồ sơ còn thiếu"));
                }
                for (int i = 0; i < input.missingComponents().size(); i++) {
                    require(problems, "missingComponents[" + i + "]", input.missingComponents().get(i));
                }
                require(problems, "reason", input.reason());
            }
            case STOP -> require(problems, "reason", input.reason());
            default -> {
                // the other actions carry no mandatory field
            }
        }
        return problems;
    }

    private static void decision(List<FieldProblem> problems, Decision decision, boolean refusal) {
        if (decision == null) {
            problems.add(new FieldProblem("decision", REQUIRED + " (số, ngày, người ký"
                    + (refusal ? ", lý do)" : ")")));
            return;
        }
        require(problems, "decision.number", decision.number());
        if (decision.date() == null) {
            problems.add(new FieldProblem("decision.date", REQUIRED));
        }
        require(problems, "decision.signer", decision.signer());
        if (refusal) {
            require(problems, "decision.reason", decision.reason());
        }
    }

    private static void require(List<FieldProblem> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, REQUIRED));
        }
    }
}
