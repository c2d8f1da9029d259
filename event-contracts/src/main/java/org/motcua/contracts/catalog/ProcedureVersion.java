package org.motcua.contracts.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.motcua.contracts.Channel;
import org.motcua.contracts.CodeName;

/**
 * One published version of a procedure (thủ tục hành chính). In force from {@code effectiveFrom}
 * (00:00 Asia/Ho_Chi_Minh) until the day before {@code effectiveTo} ({@code null}: open-ended).
 * {@code processingTimeByChannel} overrides {@code processingTime} for the channels it names.
 */
public record ProcedureVersion(
        String procedureCode,
        int version,
        String name,
        CodeName field,
        CodeName agency,
        List<ApplicantType> applicantTypes,
        List<Channel> channels,
        OnlineLevel onlineLevel,
        List<DossierComponent> components,
        ProcessingTime processingTime,
        Map<Channel, ProcessingTime> processingTimeByChannel,
        List<Fee> fees,
        String result,
        List<LegalDocument> legalBasis,
        String conditions,
        LocalDate effectiveFrom,
        LocalDate effectiveTo) {

    /** The processing time for a channel: its override, else the general one. */
    public ProcessingTime processingTimeFor(Channel channel) {
        if (processingTimeByChannel != null && processingTimeByChannel.containsKey(channel)) {
            return processingTimeByChannel.get(channel);
        }
        return processingTime;
    }

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || day.isBefore(effectiveTo));
    }
}
