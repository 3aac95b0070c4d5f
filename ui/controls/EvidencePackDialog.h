#pragma once

// Asks for the days an evidence pack covers, from and to (inclusive), set at first to the last
// full calendar quarter: what an assessor asks for.

#include <QDate>
#include <QDialog>

class QDateEdit;
class QLabel;
class QPushButton;

namespace cc::ui {

class EvidencePackDialog : public QDialog
{
    Q_OBJECT

public:
    explicit EvidencePackDialog(QDate today, QWidget *parent = nullptr);

    QDate from() const;
    QDate to() const;
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }

    // The quarter before the one `today` falls in: first and last day.
    static std::pair<QDate, QDate> lastFullQuarter(QDate today);

private:
    void check();

    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_problem;
    QPushButton *m_ok = nullptr;
};

} // namespace cc::ui
