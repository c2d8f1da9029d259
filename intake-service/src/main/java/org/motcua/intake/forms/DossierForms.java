package org.motcua.intake.forms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.motcua.contracts.CodeName;
import org.motcua.contracts.VietnamTime;
import org.motcua.contracts.catalog.DossierComponent;
import org.motcua.contracts.catalog.ProcedureVersion;
import org.motcua.contracts.catalog.ProcessingDuration;
import org.motcua.intake.Dossier;
import org.motcua.intake.config.FormsConfig;
import org.motcua.intake.domain.Document;
import org.motcua.intake.domain.Labels;

/**
 * The intake forms of Circular 01/2018 (numbers, titles and legal basis from {@link FormsConfig}): 01 the
 * receipt-and-appointment slip, 02 the supplement request, 03 the refusal. A5 PDFs with a QR code of the
 * public look-up URL.
 */
@ApplicationScoped
public class DossierForms {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH 'giờ' mm 'phút', 'ngày' dd/MM/yyyy");

    @Inject
    FormsConfig config;
    @ConfigProperty(name = "motcua.public-base-url", defaultValue = "http://127.0.0.1:8082")
    String publicBaseUrl;

    public String lookupUrl(String code) {
        return publicBaseUrl.replaceAll("/+$", "") + "/api/v1/public/dossiers/" + code;
    }

    /** Mẫu số 01: Giấy tiếp nhận hồ sơ và hẹn trả kết quả. */
    public byte[] receipt(Dossier d, Optional<ProcedureVersion> version) {
        return render(config.receiptTitle(), config.receiptNumber(), d, pdf -> {
            applicantBlock(pdf, d);
            pdf.paragraph("Thành phần hồ sơ nhận gồm:", 8.5f, true);
            Map<String, String> names = componentNames(version);
            List<Document> docs = d.documents;
            for (int i = 0; i < docs.size(); i++) {
                Document doc = docs.get(i);
                String name = doc.title() != null && !doc.title().isBlank() ? doc.title()
                        : names.getOrDefault(doc.componentCode(), doc.componentCode());
                pdf.paragraph((i + 1) + ". " + name + " (bản chính: " + doc.originals() + ", bản sao: "
                        + doc.copies() + ")", 8.5f, false, 10);
            }
            pdf.paragraph("Số lượng hồ sơ: 01 bộ.", 8.5f, false);
            if (d.processingTime != null && d.processingTime.committed() != null) {
                pdf.paragraph("Thời gian giải quyết hồ sơ theo quy định: " + duration(d.processingTime.committed()) + ".",
                        8.5f, false);
            }
            OffsetDateTime completed = d.completedAt != null ? d.completedAt : d.receivedAt;
            pdf.paragraph("Thời gian nhận hồ sơ: " + time(completed) + ".", 8.5f, false);
            if (d.dueAt != null) {
                pdf.paragraph("Thời gian trả kết quả giải quyết hồ sơ: " + time(d.dueAt) + ".", 8.5f, true);
            }
        });
    }

    /** Mẫu số 02: Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (every missing component, at once). */
    public byte[] supplementRequest(Dossier d) {
        return render(config.supplementTitle(), config.supplementNumber(), d, pdf -> {
            applicantBlock(pdf, d);
            pdf.paragraph("Ngày tiếp nhận: " + time(d.receivedAt) + ".", 8.5f, false);
            pdf.paragraph("Sau khi xem xét, hồ sơ chưa đầy đủ. Đề nghị ông/bà bổ sung, hoàn thiện các thành phần "
                    + "hồ sơ sau:", 8.5f, true);
            List<CodeName> missing = d.missingComponents;
            for (int i = 0; i < missing.size(); i++) {
                pdf.paragraph((i + 1) + ". " + missing.get(i).name() + " (mã " + missing.get(i).code() + ")", 8.5f,
                        false, 10);
            }
            pdf.paragraph("Lý do: thiếu thành phần hồ sơ bắt buộc theo quy định của thủ tục hành chính.", 8.5f, false);
            pdf.paragraph("Hồ sơ bổ sung được nộp theo mã hồ sơ trên; thời hạn giải quyết được tính từ khi nhận "
                    + "đủ hồ sơ.", 8.5f, false);
        });
    }

    /** Mẫu số 03: Phiếu từ chối tiếp nhận giải quyết hồ sơ, with the reason. */
    public byte[] refusal(Dossier d) {
        return render(config.refusalTitle(), config.refusalNumber(), d, pdf -> {
            applicantBlock(pdf, d);
            pdf.paragraph("Ngày nộp hồ sơ: " + time(d.receivedAt) + ".", 8.5f, false);
            pdf.paragraph("Cơ quan tiếp nhận từ chối tiếp nhận hồ sơ với lý do:", 8.5f, true);
            pdf.paragraph(d.reason == null ? "" : d.reason, 8.5f, false, 10);
            pdf.paragraph("Xin thông báo để ông/bà được biết và thực hiện.", 8.5f, false);
        });
    }

    private interface Body {
        void write(PdfWriter pdf) throws IOException;
    }

    private byte[] render(String title, String formNumber, Dossier d, Body body) {
        try (PdfWriter pdf = new PdfWriter(title + " " + d.code)) {
            String agency = d.agencyName != null ? d.agencyName : "Cơ quan tiếp nhận " + d.agencyCode;
            pdf.columns(List.of(agency.toUpperCase(Locale.ROOT), "Số: " + d.code),
                    List.of("*CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "*Độc lập - Tự do - Hạnh phúc"), 7);
            pdf.space(4);
            pdf.centered(formNumber, 6.5f, false);
            pdf.space(6);
            pdf.centered(title, 12, true);
            pdf.centered("Mã hồ sơ: " + d.code, 10, true);
            pdf.space(6);
            body.write(pdf);
            pdf.space(8);
            pdf.qrCode(lookupUrl(d.code), 64, "Tra cứu tình trạng hồ sơ: " + lookupUrl(d.code));
            pdf.space(6);
            pdf.columns(List.of("*NGƯỜI NỘP HỒ SƠ", "(Ký và ghi rõ họ tên)"),
                    List.of("*NGƯỜI TIẾP NHẬN HỒ SƠ", "(Ký và ghi rõ họ tên)"), 7.5f);
            pdf.space(30);
            pdf.paragraph(config.legalBasis(), 6.5f, false);
            return pdf.toBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render form " + formNumber, e);
        }
    }

    private static void applicantBlock(PdfWriter pdf, Dossier d) throws IOException {
        String agency = d.agencyName != null ? d.agencyName : d.agencyCode;
        pdf.paragraph(agency + " tiếp nhận hồ sơ của: " + d.applicantName, 8.5f, false);
        pdf.paragraph("Đối tượng: " + Labels.applicantType(d.applicantType) + ".", 8.5f, false);
        if (d.applicantAddress != null && !d.applicantAddress.isBlank()) {
            pdf.paragraph("Địa chỉ: " + d.applicantAddress, 8.5f, false);
        }
        String contact = join(d.applicantPhone == null ? null : "Số điện thoại: " + d.applicantPhone,
                d.applicantEmail == null ? null : "Thư điện tử: " + d.applicantEmail);
        if (!contact.isEmpty()) {
            pdf.paragraph(contact, 8.5f, false);
        }
        pdf.paragraph("Nội dung yêu cầu giải quyết: " + (d.procedureName != null ? d.procedureName : "")
                + " (mã thủ tục " + d.procedureCode + ").", 8.5f, false);
        pdf.paragraph("Hình thức nộp: " + Labels.channel(d.channel) + ".", 8.5f, false);
    }

    private static Map<String, String> componentNames(Optional<ProcedureVersion> version) {
        return version.map(v -> v.components() == null ? Map.<String, String>of()
                : v.components().stream().collect(Collectors.toMap(DossierComponent::code, DossierComponent::name,
                        (a, b) -> a))).orElse(Map.of());
    }

    static String duration(ProcessingDuration d) {
        return switch (d.unit()) {
            case WORKING_DAYS -> d.value() + " ngày làm việc";
            case CALENDAR_DAYS -> d.value() + " ngày";
            case WORKING_HOURS -> d.value() + " giờ làm việc";
        };
    }

    private static String time(OffsetDateTime t) {
        return VietnamTime.at(t.toInstant()).format(TIME);
    }

    private static String join(String a, String b) {
        return Stream.of(a, b).filter(s -> s != null && !s.isBlank()).collect(Collectors.joining("; "));
    }
}
