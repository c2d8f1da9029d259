package org.motcua.intake.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * {@code motcua.forms.*}: numbers, titles and legal basis printed on the forms. Defaults follow Decree
 * 61/2018/NĐ-CP and Circular 01/2018/TT-VPCP; a province under Decree 118/2025 configures Circular
 * 03/2025/TT-VPCP's numbering instead.
 */
@ConfigMapping(prefix = "motcua.forms")
public interface FormsConfig {

    @WithDefault("Mẫu số 01 - Thông tư số 01/2018/TT-VPCP")
    String receiptNumber();

    @WithDefault("Giấy tiếp nhận hồ sơ và hẹn trả kết quả")
    String receiptTitle();

    @WithDefault("Mẫu số 02 - Thông tư số 01/2018/TT-VPCP")
    String supplementNumber();

    @WithDefault("Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ")
    String supplementTitle();

    @WithDefault("Mẫu số 03 - Thông tư số 01/2018/TT-VPCP")
    String refusalNumber();

    @WithDefault("Phiếu từ chối tiếp nhận giải quyết hồ sơ")
    String refusalTitle();

    @WithDefault("Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ và Thông tư số 01/2018/TT-VPCP ngày 23/11/2018 của Văn phòng Chính phủ.")
    String legalBasis();
}
