package org.motcua.intake.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motcua.commons.problem.ProblemException;
import org.motcua.commons.security.Roles;
import org.motcua.intake.service.DossierLookup;
import org.motcua.intake.service.IntakeService;
import org.motcua.intake.service.SupplementService;
import org.motcua.intake.service.WithdrawalService;

@Path("/api/v1/dossiers")
@Tag(name = "Dossiers — Hồ sơ")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DossierResource {

    @Inject
    IntakeService intake;
    @Inject
    DossierLookup lookup;
    @Inject
    SupplementService supplements;
    @Inject
    WithdrawalService withdrawals;
    @Inject
    SecurityIdentity identity;
    @Inject
    ObjectMapper mapper;

    @POST
    @RolesAllowed({Roles.PORTAL, Roles.INTAKE_OFFICER})
    @Operation(summary = "Receive a dossier: completeness check, code and appointment date — Tiếp nhận hồ sơ: "
            + "kiểm tra thành phần, cấp mã hồ sơ và ngày hẹn trả")
    public Response submit(@NotNull(message = "thiếu nội dung yêu cầu") @Valid NewDossierRequest request,
            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        if (key != null && (key.length() > 200 || !key.matches("[\\x21-\\x7E]+"))) {
            throw ProblemException.badRequest("Idempotency-Key", "khóa tối đa 200 ký tự ASCII in được, không có dấu cách");
        }
        IntakeService.Answer answer = intake.submit(request.toCommand(), identity.hasRole(Roles.INTAKE_OFFICER),
                identity.getPrincipal().getName(), key, hash(request));
        Response.ResponseBuilder response = Response.status(answer.status()).type(MediaType.APPLICATION_JSON)
                .entity(answer.body());
        if (answer.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.build();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.INTAKE_OFFICER, Roles.PROCESSING_OFFICER, Roles.UNIT_HEAD, Roles.AUDITOR, Roles.PORTAL})
    @Operation(summary = "Full dossier record — Thông tin đầy đủ của hồ sơ")
    public DossierView get(@PathParam("code") String code) {
        return DossierView.of(lookup.get(code));
    }

    @POST
    @Path("/{code}/supplements")
    @RolesAllowed({Roles.PORTAL, Roles.INTAKE_OFFICER})
    @Operation(summary = "Supplementary documents from the applicant — Nộp bổ sung hồ sơ")
    public DossierView supplement(@PathParam("code") String code,
            @NotNull(message = "thiếu nội dung yêu cầu") @Valid SupplementRequest request) {
        return DossierView.of(supplements.provide(code, request.documents().stream().map(DocumentRequest::toDomain).toList()));
    }

    @POST
    @Path("/{code}/withdrawal")
    @RolesAllowed({Roles.PORTAL, Roles.INTAKE_OFFICER})
    @Operation(summary = "The applicant withdraws the dossier — Công dân đề nghị rút hồ sơ")
    public DossierView withdraw(@PathParam("code") String code, @Valid WithdrawalRequest request) {
        return DossierView.of(withdrawals.request(code, request == null ? null : request.reason()));
    }

    private String hash(NewDossierRequest request) {
        try {
            byte[] canonical = mapper.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
