#pragma once

// The printable evidence of an access review: a PDF made from the server's JSON report, with
// the campaign's title and dates, the policy for unreviewed items, the CSV's SHA-256 and a
// table of every item — holder, access, reviewer, decision, reason, who decided when, effect.

#include "AccessReviewTypes.h"

#include <QString>

namespace cc::ui {

QString accessReviewReportHtml(const client::AccessReviewReport &report);
[[nodiscard]] bool writeAccessReviewPdf(const client::AccessReviewReport &report,
                                        const QString &path, QString *error);

} // namespace cc::ui
