package org.motcua.intake.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motcua.commons.problem.ProblemException;
import org.motcua.commons.security.Roles;
import org.motcua.contracts.catalog.ProcedureVersion;
import org.motcua.intake.Dossier;
import org.motcua.intake.domain.DossierStatus;
import org.motcua.intake.forms.DossierForms;
import org.motcua.intake.repository.ProcedureReplica;
import org.motcua.intake.service.DossierLookup;

@Path("/api/v1/dossiers/{code}")
@Tag(name = "Forms — Biểu mẫu")
@Produces("application/pdf")
@RolesAllowed({Roles.INTAKE_OFFICER, Roles.PROCESSING_OFFICER, Roles.UNIT_HEAD, Roles.AUDITOR, Roles.PORTAL})
public class FormsResource {

    @Inject
    DossierLookup lookup;
    @Inject
    DossierForms forms;
    @Inject
    ProcedureReplica procedures;

    @GET
    @Path("/receipt")
    @Operation(summary = "Receipt and appointment slip (form 01), PDF A5 — Giấy tiếp nhận hồ sơ và hẹn trả kết quả (mẫu 01)")
    @Transactional
    public Response receipt(@PathParam("code") String code) {
        Dossier d = lookup.get(code);
        if (d.completedAt == null || d.status == DossierStatus.NOT_RECEIVED) {
            throw ProblemException.conflict("Hồ sơ " + code + " chưa được tiếp nhận đầy đủ nên chưa có giấy hẹn trả kết quả.");
        }
        Optional<ProcedureVersion> version = d.procedureVersion == null ? Optional.empty()
                : procedures.version(d.procedureCode, d.procedureVersion);
        return pdf(forms.receipt(d, version), "giay-tiep-nhan-" + code + ".pdf");
    }

    @GET
    @Path("/supplement-request")
    @Operation(summary = "Supplement request (form 02), PDF A5 — Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (mẫu 02)")
    public Response supplementRequest(@PathParam("code") String code) {
        Dossier d = lookup.get(code);
        if (d.missingComponents.isEmpty() || d.completedAt != null) {
            throw ProblemException.conflict("Hồ sơ " + code + " không có yêu cầu bổ sung khi tiếp nhận.");
        }
        return pdf(forms.supplementRequest(d), "phieu-yeu-cau-bo-sung-" + code + ".pdf");
    }

    @GET
    @Path("/refusal")
    @Operation(summary = "Refusal at intake (form 03), PDF A5 — Phiếu từ chối tiếp nhận giải quyết hồ sơ (mẫu 03)")
    public Response refusal(@PathParam("code") String code) {
        Dossier d = lookup.get(code);
        if (d.status != DossierStatus.NOT_RECEIVED) {
            throw ProblemException.conflict("Hồ sơ " + code + " không bị từ chối tiếp nhận.");
        }
        return pdf(forms.refusal(d), "phieu-tu-choi-" + code + ".pdf");
    }

    private static Response pdf(byte[] bytes, String fileName) {
        return Response.ok(bytes, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + fileName + "\"").build();
    }

}
