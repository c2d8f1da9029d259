package org.motcua.processing.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motcua.commons.problem.ProblemException;
import org.motcua.commons.security.Roles;
import org.motcua.processing.Case;
import org.motcua.processing.domain.Caller;
import org.motcua.processing.domain.CaseWorkflow;
import org.motcua.processing.repository.CaseQueries;
import org.motcua.processing.service.TransitionService;

/** Cases in processing: read, act on, list. */
@Path("/api/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases — Hồ sơ đang giải quyết")
public class CaseResource {

    @Inject
    EntityManager em;
    @Inject
    TransitionService transitions;
    @Inject
    CaseQueries queries;
    @Inject
    QueueParams queueParams;
    @Inject
    JsonWebToken token;

    @GET
    @Path("/{code}")
    @Transactional
    @RolesAllowed({Roles.PROCESSING_OFFICER, Roles.UNIT_HEAD, Roles.AUDITOR})
    @Operation(summary = "Read a case with its deadline, clock and the actions allowed to the caller — "
            + "Xem hồ sơ: trạng thái, hạn giải quyết, đồng hồ và các thao tác được phép")
    public CaseView get(@PathParam("code") String code) {
        Case c = find(code);
        return CaseView.of(c, CaseWorkflow.allowedActions(c.snapshot(), caller().roles()));
    }

    @GET
    @Path("/{code}/history")
    @Transactional
    @RolesAllowed({Roles.PROCESSING_OFFICER, Roles.UNIT_HEAD, Roles.AUDITOR})
    @Operation(summary = "Tracking slip (form 05): every step with time, unit, officer and timeliness — "
            + "Phiếu kiểm soát quá trình giải quyết hồ sơ (mẫu 05)")
    public HistoryView history(@PathParam("code") String code) {
        Case c = find(code);
        return HistoryView.of(c, queries.steps(code));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{code}/transitions")
    // ops: only to replay a legacy history with its recording time (recordedAt); refused otherwise by the workflow
    @RolesAllowed({Roles.PROCESSING_OFFICER, Roles.UNIT_HEAD, Roles.INTAKE_OFFICER, Roles.OPS})
    @Operation(summary = "Record an action on a case (back-dating allowed, audited; legacy recording time for the "
            + "data migration only) — Ghi nhận thao tác xử lý hồ sơ (cho phép ghi lùi thời điểm, có lưu vết; thời "
            + "điểm nhập liệu gốc chỉ khi chuyển đổi dữ liệu)")
    @Transactional
    public CaseView transition(@PathParam("code") String code, @NotNull @Valid TransitionRequest request) {
        Caller caller = caller();
        transitions.apply(code, request.toInput(), caller);
        // the case as the transition left it (already flushed, version included), from the same transaction
        Case c = find(code);
        return CaseView.of(c, CaseWorkflow.allowedActions(c.snapshot(), caller.roles()));
    }

    @GET
    @Transactional
    @RolesAllowed({Roles.PROCESSING_OFFICER, Roles.UNIT_HEAD, Roles.AUDITOR})
    @Operation(summary = "Work queue sorted by due date, with overdue and due-soon views — "
            + "Danh sách hồ sơ theo hạn giải quyết (quá hạn, sắp đến hạn)")
    public QueuePage queue(@QueryParam("unit") String unit, @QueryParam("officer") String officer,
            @QueryParam("state") String state, @QueryParam("dueBefore") String dueBefore,
            @QueryParam("view") String view,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        CaseQueries.QueueFilter filter = queueParams.filter(unit, officer, state, dueBefore, view);
        CaseQueries.Page found = queries.queue(filter, page, size);
        List<String> roles = List.copyOf(caller().roles());
        return new QueuePage(found.items().stream()
                .map(c -> CaseView.of(c, CaseWorkflow.allowedActions(c.snapshot(), roles))).toList(),
                page, size, found.total());
    }

    private Case find(String code) {
        Case c = em.find(Case.class, code);
        if (c == null) {
            throw ProblemException.notFound("Không tìm thấy hồ sơ " + code + " trong khâu xử lý.");
        }
        return c;
    }

    private Caller caller() {
        Object unit = token.getClaim("unit");
        return new Caller(token.getSubject(), token.getGroups(), unit == null ? null : unit.toString());
    }
}
