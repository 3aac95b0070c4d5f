#pragma once

// The head of the dashboard for those who answer for compliance (controls:read): how many
// controls pass, warn, fail or wait for an attestation, the failing ones by name (each opens
// the Controls page on it), and the Controls page one click away.

#include "ControlTypes.h"
#include "widgets/Page.h"

#include <QFrame>
#include <QHash>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace cc::ui {

class Tile;

class ControlsSummary : public QFrame
{
    Q_OBJECT

public:
    explicit ControlsSummary(QWidget *parent = nullptr);

    void setControls(const QList<client::Control> &controls);
    void setError(const QString &message);
    // The figure on a status's tile ("fail" → "2").
    QString count(const QString &status) const;
    QTreeWidget *failingList() const { return m_failing; }
    QPushButton *openButton() const { return m_open; }

signals:
    void navigationRequested(const cc::ui::Destination &destination);

private:
    QHash<QString, Tile *> m_tiles;
    QTreeWidget *m_failing;
    QLabel *m_note;
    QPushButton *m_open;
};

} // namespace cc::ui
