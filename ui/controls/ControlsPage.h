#pragma once

// Every statement of the policy as a live control (docs/api.md, "Controls"): the controls by
// group with their status in colour and in words, and beside them the selected control's
// detail — what set its status, the records behind it (each a link to the page that lists
// them, filtered), its last 90 days as a strip of daily cells with "compliant since", and for
// attested controls their attestations. Holders of audit:read too export the evidence pack of
// a period for an assessor.

#include "ControlTypes.h"
#include "widgets/Page.h"

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace cc::ui {

class ControlTrend;
class FileDownload;

class ControlsPage : public Page
{
    Q_OBJECT

public:
    static constexpr int kTrendDays = 90;

    explicit ControlsPage(client::ApiClient *client, QWidget *parent = nullptr);

    const QList<client::Control> &controls() const { return m_controls; }
    QTreeWidget *controlList() const { return m_list; }
    QTreeWidget *evidenceList() const { return m_evidence; }
    QTreeWidget *attestationList() const { return m_attestations; }
    ControlTrend *trend() const { return m_trend; }
    QLabel *compliantSinceLabel() const { return m_compliantSince; }
    QPushButton *exportButton() const { return m_export; }
    QString selectedControl() const; // its id, empty when none
    // The selected control's history and attestations have arrived.
    bool detailLoaded() const { return m_historyLoaded && m_attestationsLoaded; }

    // "controls?MOAJ-AM-03" selects that control.
    bool open(const Destination &destination) override;
    bool selectControl(const QString &id);

public slots:
    void refresh() override;
    // Asks for the days and the file, then exports.
    void chooseEvidencePack();
    // GET /evidence for the days from `from` to `to` into path; the SHA-256 of the saved
    // bytes is shown.
    void exportEvidencePack(const QString &path, QDate from, QDate to);

signals:
    void detailChanged();
    void exportFinished(bool ok, const QString &message, const QString &sha256);

private:
    QWidget *makeDetailPane();
    void showControls();
    void applyTextFilter(const QString &text);
    void selectFirstNeedingAttention();
    void fitRows();
    void fitEvidenceHeight();
    void showDetail();
    void loadHistory(const QString &id);
    void loadAttestations(const QString &id);
    void showCompliantSince(QDate since, QDate today);
    void followEvidence(QTreeWidgetItem *item);
    const client::Control *control(const QString &id) const;

    QList<client::Control> m_controls;
    QTreeWidget *m_list = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_statement = nullptr;
    QLabel *m_facts = nullptr;
    QTreeWidget *m_evidence = nullptr;
    ControlTrend *m_trend = nullptr;
    QLabel *m_compliantSince = nullptr;
    QLabel *m_attestationsTitle = nullptr;
    QTreeWidget *m_attestations = nullptr;
    QLabel *m_attestHint = nullptr;
    QString m_wanted; // to select once the list has loaded
    FileDownload *m_download = nullptr;
    bool m_historyLoaded = false;
    bool m_attestationsLoaded = false;
};

} // namespace cc::ui
