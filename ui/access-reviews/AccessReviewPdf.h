#pragma once

// The printable evidence of an access review: a PDF made from the server's JSON report, with
// the campaign's title and dates, the policy for unreviewed items, the CSV's SHA-256 and a
// table of every item — holder, access, reviewer, decision, reason, who decided when, effect.

#include "AccessReviewTypes.h"

#include <QCoreApplication>
#include <QString>

namespace cc::ui {

class AccessReviewPdf
{
    Q_DECLARE_TR_FUNCTIONS(cc::ui::AccessReviewPdf)

public:
    static QString html(const client::AccessReviewReport &report);
    [[nodiscard]] static bool write(const client::AccessReviewReport &report, const QString &path,
                                    QString *error);
};

} // namespace cc::ui
