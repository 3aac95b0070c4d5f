#pragma once

// The third-party registers as tables, read page by page as they scroll: subcontractors with
// the Amazon data they receive and their last assessment, API credentials with where each is
// kept and when it is due for rotation. An overdue due date is in bold. The state filters are
// the server's.

#include "ThirdPartiesApi.h"
#include "widgets/PagedTableModel.h"

namespace cc::ui {

class SubcontractorModel : public RecordTableModel<client::Subcontractor>
{
    Q_OBJECT

public:
    enum Column { Name, DataReceived, LastAssessment, Outcome, NextDue, ColumnCount };
    Q_ENUM(Column)

    explicit SubcontractorModel(client::ApiClient *client, QObject *parent = nullptr);

    // Applies on reload().
    void setFilter(const client::ThirdPartyFilter &filter) { m_filter = filter; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString categoryLabel(const QString &category);
    static QString categoriesText(const QStringList &categories);
    static QString outcomeLabel(const QString &outcome);

protected:
    client::Call<client::Page<client::Subcontractor>>
    fetch(const client::PageRequest &page) override;

private:
    client::ThirdPartyFilter m_filter;
};

class ApiCredentialModel : public RecordTableModel<client::ApiCredential>
{
    Q_OBJECT

public:
    enum Column { Name, Owner, Location, LastRotated, RotationDue, ColumnCount };
    Q_ENUM(Column)

    explicit ApiCredentialModel(client::ApiClient *client, QObject *parent = nullptr);

    void setFilter(const client::ThirdPartyFilter &filter) { m_filter = filter; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    client::Call<client::Page<client::ApiCredential>>
    fetch(const client::PageRequest &page) override;

private:
    client::ThirdPartyFilter m_filter;
};

} // namespace cc::ui
