package org.factdesk.report.desk;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the user asks of a desk report: claims approved from {@code from} to {@code to}, both days included, in the
 * desk's time zone; optionally only those one colleague checked ({@code checker}, a username) or only those of one
 * outlet's articles.
 */
public record DeskReportRequest(LocalDate from, LocalDate to, @Nullable String checker, @Nullable String outlet) {

    /** The month {@code today} falls in, all colleagues, all outlets: what the desk report screen starts with. */
    public static DeskReportRequest monthOf(LocalDate today) {
        return new DeskReportRequest(today.withDayOfMonth(1), today.withDayOfMonth(today.lengthOfMonth()), null, null);
    }
}
