package org.factdesk.report.desk;

import org.factdesk.article.ArticleSummary;
import org.factdesk.report.ReportedClaim;

/**
 * One claim of a desk report, numbered from 1 in the order of approval, with its article and the display names of
 * who checked and who approved it (empty when unknown).
 */
record DeskRow(long number, ReportedClaim claim, ArticleSummary article, String checker, String approver) {
}
