#include "controls/EvidencePackDialog.h"

#include "widgets/Accessible.h"
#include "widgets/Theme.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cc::ui {

std::pair<QDate, QDate> EvidencePackDialog::lastFullQuarter(QDate today)
{
    const int quarterStartMonth = (today.month() - 1) / 3 * 3 + 1;
    const QDate thisQuarter(today.year(), quarterStartMonth, 1);
    const QDate start = thisQuarter.addMonths(-3);
    return {start, thisQuarter.addDays(-1)};
}

EvidencePackDialog::EvidencePackDialog(QDate today, QWidget *parent)
    : QDialog(parent)
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("evidencePackDialog"));
    setWindowTitle(tr("Export evidence pack"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("The pack holds a PDF report, the records behind each control as CSV files, the "
           "signed audit export of the period and a signed manifest. Choose the days it covers."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    const auto [start, end] = lastFullQuarter(today);
    auto *form = new QFormLayout;
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setMaximumDate(today);
    }
    m_from->setObjectName(QStringLiteral("evidenceFromDate"));
    m_from->setDate(start);
    describe(m_from, tr("From"), tr("The first day the evidence pack covers"));
    m_to->setObjectName(QStringLiteral("evidenceToDate"));
    m_to->setDate(end);
    describe(m_to, tr("To"), tr("The last day the evidence pack covers, included"));
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    layout->addLayout(form);
    m_problem->setObjectName(QStringLiteral("evidenceDateProblem"));
    m_problem->setStyleSheet(
        QStringLiteral("QLabel { color: %1; }").arg(theme::color(theme::Tone::Bad).name()));
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("&Choose file…"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("evidenceChooseFileButton"));
    describe(m_ok, tr("Choose file"), tr("Choose where to save the evidence pack"));
    describe(buttons->button(QDialogButtonBox::Cancel), tr("Cancel"),
             tr("Close without exporting"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_from, &QDateEdit::dateChanged, this, &EvidencePackDialog::check);
    connect(m_to, &QDateEdit::dateChanged, this, &EvidencePackDialog::check);
    check();
}

QDate EvidencePackDialog::from() const
{
    return m_from->date();
}

QDate EvidencePackDialog::to() const
{
    return m_to->date();
}

void EvidencePackDialog::check()
{
    const bool ok = from() <= to();
    m_problem->setText(ok ? QString() : tr("The first day must not be after the last."));
    m_problem->setVisible(!ok);
    m_ok->setEnabled(ok);
}

} // namespace cc::ui
