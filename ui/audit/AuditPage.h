#pragma once

// The audit log: every event newest first, read from the server a page at a time as the
// table scrolls, filtered by the server (actor, action, object, outcome, time range), with
// every field of the selected event — hashes included — in a detail pane. Above it, the
// chain's verification: this console's own (AuditVerifier: every event downloaded and
// recomputed, checkpoints' signatures checked, the chain held to the server's anchors outside
// its database, acknowledged breaks listed, the last verified head remembered per server)
// and, separately, the server's verdict on itself (GET /audit/verify). Evidence of a time
// range is exported as the server's signed file. Shown to holders of audit:read.

#include "AuditVerifier.h"
#include "widgets/ListDetailPage.h"

#include <memory>

#include <QPointer>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace cc::client {
class ApiClient;
class ApiJob;
} // namespace cc::client

namespace cc::ui {

class AuditEventModel;

class AuditPage : public ListDetailPage
{
    Q_OBJECT

public:
    explicit AuditPage(client::ApiClient *client, QWidget *parent = nullptr);
    ~AuditPage() override;

    // Where verified heads are remembered (not owned); without one they last this session.
    void setVerifiedHeadStore(client::VerifiedHeadStore *store);

    AuditEventModel *model() const { return m_model; }
    client::AuditVerifier *verifier() const { return m_verifier; }
    const client::ServerVerification &serverVerification() const { return m_serverResult; }

public slots:
    void refresh() override;
    void applyFilters(); // the filter fields, sent to the server
    void clearFilter();
    void verify();
    void cancelVerification();
    void askServerToVerify();
    // Saves the server's signed evidence file for the filter's time range to path.
    void exportEvidence(const QString &path);

signals:
    // The table painted rows for the first time (the console's first-paint benchmark).
    void firstRowsPainted();
    void serverVerificationFinished(const cc::client::ServerVerification &result);
    void exportFinished(bool ok, const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showObject(qint64 seq) override;
    qint64 shownId() const override { return m_shownSeq; }
    // "actor=bob&outcome=denied": fills the filter fields and applies them.
    bool applyFilter(const QString &filter) override;
    QString emptyText() const override;
    void fitColumns() override;
    void listUpdated() override;

private:
    void clearFields();
    void chooseExportFile();
    void showOutcome(const client::AuditVerifier::Outcome &outcome);
    void showRemembered();
    QString anchorsText(const client::AuditVerifier::Outcome &outcome) const;
    void showResult(bool good, const QString &html);
    void setVerifying(bool verifying);
    void updateCount();
    void acceptNewKey();

    std::unique_ptr<client::VerifiedHeadStore> m_ownHeads;
    client::AuditVerifier *m_verifier = nullptr;
    AuditEventModel *m_model = nullptr;
    QLabel *m_resultIcon = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_remembered = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_verify = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_serverVerify = nullptr;
    QPushButton *m_acceptKey = nullptr;
    QPushButton *m_export = nullptr;
    QLineEdit *m_actor = nullptr;
    QLineEdit *m_action = nullptr;
    QLineEdit *m_objectType = nullptr;
    QLineEdit *m_objectId = nullptr;
    QComboBox *m_outcome = nullptr;
    QCheckBox *m_fromCheck = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QCheckBox *m_toCheck = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_clear = nullptr;
    QTreeWidget *m_detail = nullptr;
    QLabel *m_count = nullptr;
    QPointer<client::ApiJob> m_serverJob;
    QPointer<client::ApiJob> m_exportJob;
    client::ServerVerification m_serverResult;
    qint64 m_shownSeq = 0;
    bool m_painted = false;
};

} // namespace cc::ui
