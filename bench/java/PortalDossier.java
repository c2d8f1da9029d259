import java.util.UUID;

/**
 * The dossier the intake load generators submit as the portal: valid and complete (a copy of SGDDT-015 per
 * receiving agency, BENCH-L01.. for LOAD01.., BENCH-&lt;agency&gt; otherwise; its 4 mandatory components), channel
 * ONLINE, an Idempotency-Key each and a distinct applicant (name and 12-digit identity number from n).
 */
final class PortalDossier {
    private PortalDossier() {
    }

    /** POSTs one dossier for the agency; the applicant's name is namePrefix + n. */
    static PlainHttp.Response submit(PlainHttp http, String token, String agency, long n, String namePrefix)
            throws java.io.IOException {
        String procedure = agency.startsWith("LOAD") ? "L" + agency.substring(4) : agency;
        String body = """
                {"procedureCode":"BENCH-%s","agencyCode":"%s","channel":"ONLINE",
                 "applicant":{"type":"CITIZEN","name":"%s %d","identityNumber":"%012d",
                              "phone":"0912345678","email":"bench%d@example.vn","address":"1 Tràng Tiền, Hà Nội"},
                 "documents":[{"componentCode":"TP01","originals":1},{"componentCode":"TP02","originals":1},
                              {"componentCode":"TP03","copies":1},{"componentCode":"TP04","copies":1}]}"""
                .formatted(procedure, agency, namePrefix, n, n % 1_000_000_000_000L, n);
        return http.postJson("/api/v1/dossiers", token, UUID.randomUUID().toString(), body);
    }

    /** 201 and status RECEIVED: a refused dossier (201, NOT_RECEIVED) is a failure, not throughput. */
    static boolean received(PlainHttp.Response r) {
        return r.status() == 201 && r.body().contains("\"status\":\"RECEIVED\"");
    }
}
