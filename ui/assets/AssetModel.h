#pragma once

// The asset inventory (GET /assets) as a table: what it is, who owns it, whether it holds
// Amazon data or PII, when it was last reviewed and when the next review is due, with the
// reminder state in colour. The inventory is read whole (page after page) so filters and the
// review calendar see every asset.

#include "AssetTypes.h"
#include "widgets/PagedTableModel.h"
#include "widgets/Theme.h"

namespace cc::ui {

class AssetModel : public RecordTableModel<client::Asset>
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Kind,
        Owner,
        Location,
        AmazonData,
        Pii,
        LastReview,
        NextDue,
        State,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit AssetModel(client::ApiClient *client, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString kindLabel(const QString &kind);
    static QString stateLabel(const QString &state);
    static theme::Tone stateTone(const QString &state);
    static QColor stateColor(const QString &state);
    static QColor stateBackground(const QString &state);
    static int stateRank(const QString &state); // overdue first
    static QString outcomeLabel(const QString &outcome);

protected:
    client::Call<client::Page<client::Asset>> fetch(const client::PageRequest &page) override;
};

} // namespace cc::ui
