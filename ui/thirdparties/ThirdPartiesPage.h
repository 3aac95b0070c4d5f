#pragma once

// The third-party registers (docs/api.md, "Third parties"; Amazon DPP 2025), one page with a
// tab for each: subcontractors receiving Amazon data with their yearly risk assessment, and
// the API credentials used to reach Amazon with their rotation schedule. Overdue due dates are
// in bold. Only holders of thirdparties:manage see the page; the server remains the judge.
// Links: thirdparties/subcontractors/<id>, thirdparties/credentials/<id>, and either tab with
// its list's query string (thirdparties?credentials?status=active&overdue=true).

#include "ThirdPartiesApi.h"
#include "widgets/ListDetailPage.h"

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;

namespace cc::ui {

class AddCredentialDialog;
class AddSubcontractorDialog;
class ApiCredentialModel;
class AssessSubcontractorDialog;
class EndThirdPartyDialog;
class RotateCredentialDialog;
class SubcontractorModel;

// One register's list, filter, detail and actions; a tab of the page (its own header hidden).
class ThirdPartyPane : public ListDetailPage
{
    Q_OBJECT

public:
    QComboBox *stateFilter() const { return m_state; }
    QLabel *detailTitle() const { return m_detailTitle; }
    QLabel *detailText() const { return m_detail; }

protected:
    ThirdPartyPane(client::ApiClient *client, const QString &name, QWidget *parent);

    // The state filter: values are the list's own query strings.
    void makeStateFilter(const QString &objectName, const QString &description,
                         const QList<std::pair<QString, QString>> &states);
    QPushButton *addAction(const QIcon &icon, const QString &text, const QString &objectName,
                           const QString &description);
    QWidget *makeDetailPane(const QString &objectName);
    void showDetail(const QString &title, const QString &html);
    client::ThirdPartyFilter currentFilter() const;
    // The row of the detail's table: a muted label and its value (HTML).
    static QString row(const QString &label, const QString &html);

    bool applyFilter(const QString &filter) override;

    QComboBox *m_state = nullptr;
    QLabel *m_detailTitle = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_extraTitle = nullptr; // above m_extra: the document's SHA-256
    QLineEdit *m_extra = nullptr;
    QLabel *m_note = nullptr;
};

class SubcontractorsPane : public ThirdPartyPane
{
    Q_OBJECT

public:
    explicit SubcontractorsPane(client::ApiClient *client, QWidget *parent = nullptr);

    SubcontractorModel *model() const { return m_model; }
    QLineEdit *documentSha256Field() const { return m_extra; }
    const client::Subcontractor *shown() const { return m_shown ? &*m_shown : nullptr; }

public slots:
    AddSubcontractorDialog *addSubcontractor();
    AssessSubcontractorDialog *assessShown();
    EndThirdPartyDialog *endShown();

protected:
    void showObject(qint64 id) override;
    qint64 shownId() const override { return m_shown ? m_shown->id : 0; }
    void prepareReload() override;
    QString emptyText() const override;
    void fitColumns() override;
    void updateActions() override;

private:
    void show(const std::optional<client::Subcontractor> &s);

    SubcontractorModel *m_model;
    QPushButton *m_add;
    QPushButton *m_assess;
    QPushButton *m_end;
    std::optional<client::Subcontractor> m_shown;
};

class CredentialsPane : public ThirdPartyPane
{
    Q_OBJECT

public:
    explicit CredentialsPane(client::ApiClient *client, QWidget *parent = nullptr);

    ApiCredentialModel *model() const { return m_model; }
    const client::ApiCredential *shown() const { return m_shown ? &*m_shown : nullptr; }

public slots:
    AddCredentialDialog *addCredential();
    RotateCredentialDialog *rotateShown();
    EndThirdPartyDialog *retireShown();

protected:
    void showObject(qint64 id) override;
    qint64 shownId() const override { return m_shown ? m_shown->id : 0; }
    void prepareReload() override;
    QString emptyText() const override;
    void fitColumns() override;
    void updateActions() override;

private:
    void show(const std::optional<client::ApiCredential> &c);

    ApiCredentialModel *m_model;
    QPushButton *m_add;
    QPushButton *m_rotate;
    QPushButton *m_retire;
    std::optional<client::ApiCredential> m_shown;
};

class ThirdPartiesPage : public Page
{
    Q_OBJECT

public:
    explicit ThirdPartiesPage(client::ApiClient *client, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    SubcontractorsPane *subcontractors() const { return m_subcontractors; }
    CredentialsPane *credentials() const { return m_credentials; }
    bool open(const Destination &destination) override;
    QStringList changeKinds() const override;

public slots:
    void refresh() override;

private:
    QTabWidget *m_tabs;
    SubcontractorsPane *m_subcontractors;
    CredentialsPane *m_credentials;
};

} // namespace cc::ui
