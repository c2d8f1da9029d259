package org.motcua.catalog.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motcua.catalog.config.CatalogConfig;
import org.motcua.catalog.service.ProcedureService;
import org.motcua.catalog.service.StoredVersion;
import org.motcua.commons.problem.ProblemException;
import org.motcua.commons.security.Roles;

@Path("/api/v1/procedures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Procedures — Thủ tục hành chính")
public class ProcedureResource {

    @Inject
    ProcedureService procedures;
    @Inject
    SecurityIdentity identity;
    @Inject
    CatalogConfig config;

    @GET
    @PermitAll
    @Operation(summary = "Search procedures, ignoring diacritics and case — Tra cứu thủ tục (không phân biệt dấu, hoa thường)")
    public ProcedurePage search(@QueryParam("q") String q, @QueryParam("field") String field,
            @QueryParam("agency") String agency, @QueryParam("page") String page, @QueryParam("size") String size) {
        if (q != null && q.length() > 200) {
            throw ProblemException.badRequest("q", "chuỗi tìm kiếm tối đa 200 ký tự.");
        }
        int pageNumber = Params.integer("page", page, 0, 0, 100_000);
        int pageSize = Params.integer("size", size, 20, 1, config.maxPageSize());
        ProcedureService.SearchResult result = procedures.search(q, field, agency, LocalDate.now(
                org.motcua.contracts.VietnamTime.ZONE), pageNumber, pageSize);
        return new ProcedurePage(result.items().stream().map(ProcedureJsonMapper::summary).toList(), pageNumber,
                pageSize, result.total());
    }

    @GET
    @Path("/{code}")
    @PermitAll
    @Operation(summary = "The version in force at an instant (default now) — Phiên bản có hiệu lực tại một thời điểm")
    public ProcedureJson inForce(@PathParam("code") String code, @QueryParam("at") String at) {
        Params.code(code);
        LocalDate day = Params.dayOf("at", at);
        return procedures.inForce(code, day).map(v -> ProcedureJsonMapper.toJson(v, true)).orElseThrow(() ->
                procedures.exists(code)
                        ? ProblemException.notFound("Thủ tục " + code + " không có phiên bản có hiệu lực vào ngày "
                                + day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ".")
                        : ProblemException.notFound("Không tìm thấy thủ tục có mã " + code + "."));
    }

    @GET
    @Path("/{code}/versions")
    @PermitAll
    @Operation(summary = "Every version (drafts for catalogue administrators) — Các phiên bản của thủ tục")
    public List<ProcedureJson> versions(@PathParam("code") String code) {
        Params.code(code);
        return procedures.versions(code, isAdmin()).stream().map(v -> ProcedureJsonMapper.toJson(v, true)).toList();
    }

    @GET
    @Path("/{code}/versions/{version}")
    @PermitAll
    @Operation(summary = "One version (drafts for catalogue administrators) — Một phiên bản của thủ tục")
    public ProcedureJson version(@PathParam("code") String code, @PathParam("version") String version) {
        Params.code(code);
        return ProcedureJsonMapper.toJson(procedures.version(code, number(version), isAdmin()), true);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CATALOG_ADMIN)
    @Operation(summary = "Create a draft version (a new procedure or a change) — Tạo dự thảo phiên bản thủ tục")
    public Response createDraft(@NotNull @Valid ProcedureJson body) {
        if (body.code() == null || body.code().isBlank()) {
            throw ProblemException.badRequest("code", "cần mã thủ tục.");
        }
        Params.code(body.code());
        if (body.version() != null) {
            throw ProblemException.badRequest("version", "số phiên bản do hệ thống cấp, không gửi lên.");
        }
        if (body.status() != null) {
            throw ProblemException.badRequest("status", "phiên bản mới luôn là dự thảo; dùng thao tác công bố để công bố.");
        }
        StoredVersion draft = procedures.createDraft(ProcedureJsonMapper.toContract(body.code(), body));
        return Response.created(URI.create("/api/v1/procedures/" + body.code() + "/versions/" + draft.content().version()))
                .entity(ProcedureJsonMapper.toJson(draft, true)).build();
    }

    @POST
    @Path("/{code}/versions/{version}/publish")
    @RolesAllowed(Roles.CATALOG_ADMIN)
    @Operation(summary = "Publish a draft; it closes the previous open-ended version — Công bố dự thảo")
    public ProcedureJson publish(@PathParam("code") String code, @PathParam("version") String version) {
        Params.code(code);
        return ProcedureJsonMapper.toJson(procedures.publish(code, number(version)), true);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{code}/versions/{version}/retire")
    @RolesAllowed(Roles.CATALOG_ADMIN)
    @Operation(summary = "Retire the latest published version from a date — Bãi bỏ phiên bản từ một ngày")
    public ProcedureJson retire(@PathParam("code") String code, @PathParam("version") String version,
            @NotNull @Valid RetireRequest body) {
        Params.code(code);
        return ProcedureJsonMapper.toJson(procedures.retire(code, number(version), body.effectiveTo()), true);
    }

    private static int number(String version) {
        return Params.integer("version", version, -1, 1, Integer.MAX_VALUE);
    }

    private boolean isAdmin() {
        return !identity.isAnonymous() && identity.hasRole(Roles.CATALOG_ADMIN);
    }
}
