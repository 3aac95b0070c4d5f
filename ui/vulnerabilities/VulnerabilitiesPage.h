#pragma once

// The vulnerability register (docs/api.md, "Vulnerabilities"; Amazon DPP 2025): every finding
// with its severity and due date (overdue in bold), filters by state, severity and source (the
// server's), a detail pane with the resolution and its evidence's SHA-256, and the three
// actions: record a finding, import a scanner's file, resolve with evidence. Only holders of
// vulnerabilities:manage see the page; the server remains the judge.

#include "VulnerabilitiesApi.h"
#include "widgets/ListDetailPage.h"

#include <optional>

#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cc::client {
class ApiJob;
} // namespace cc::client

namespace cc::ui {

class AddVulnerabilityDialog;
class ImportVulnerabilitiesDialog;
class ResolveVulnerabilityDialog;
class VulnerabilityModel;

class VulnerabilitiesPage : public ListDetailPage
{
    Q_OBJECT

public:
    explicit VulnerabilitiesPage(client::ApiClient *client, QWidget *parent = nullptr);

    VulnerabilityModel *model() const { return m_model; }
    QComboBox *stateFilter() const { return m_state; }
    QComboBox *severityFilter() const { return m_severity; }
    QComboBox *sourceFilter() const { return m_source; }
    QLabel *detailText() const { return m_detail; }
    // The SHA-256 of a resolved finding's evidence, whole and selectable to compare it.
    QLineEdit *evidenceSha256Field() const { return m_sha256; }
    QStringList changeKinds() const override;
    // The finding on show in the detail pane (selected, or reached by a link).
    const client::Vulnerability *shownFinding() const;

public slots:
    // The dialogs are opened, not run: a test fills them in and presses their buttons.
    AddVulnerabilityDialog *addFinding();
    ImportVulnerabilitiesDialog *importFile();
    ResolveVulnerabilityDialog *resolveShown();

protected:
    void showObject(qint64 id) override;
    qint64 shownId() const override { return m_shown ? m_shown->id : 0; }
    // The list's own query string, as a control's evidence names it
    // ("status=open&overdue=true", "severity=critical", "source=debsecan").
    bool applyFilter(const QString &filter) override;
    void prepareReload() override;
    QString emptyText() const override;
    void fitColumns() override;
    void updateActions() override;

private:
    QWidget *makeDetailPane();
    void show(const std::optional<client::Vulnerability> &finding);
    void filtersChanged();

    VulnerabilityModel *m_model;
    class TableFilterProxy *m_proxy;
    QComboBox *m_state = nullptr;
    QComboBox *m_severity = nullptr;
    QComboBox *m_source = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_resolve = nullptr;
    QLabel *m_detailTitle = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_sha256Title = nullptr;
    QLineEdit *m_sha256 = nullptr;
    QLabel *m_note = nullptr;
    std::optional<client::Vulnerability> m_shown;
    QPointer<client::ApiJob> m_readJob;
};

} // namespace cc::ui
