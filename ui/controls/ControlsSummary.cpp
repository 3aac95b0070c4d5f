#include "controls/ControlsSummary.h"

#include "Words.h"
#include "widgets/Accessible.h"
#include "widgets/PageHeader.h"
#include "widgets/Theme.h"
#include "widgets/Tile.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cc::ui {

namespace {

const QList<std::pair<QString, theme::Tone>> &statusTones()
{
    static const QList<std::pair<QString, theme::Tone>> tones = {
        {QStringLiteral("fail"), theme::Tone::Bad},
        {QStringLiteral("warn"), theme::Tone::Warn},
        {QStringLiteral("manual"), theme::Tone::Info},
        {QStringLiteral("pass"), theme::Tone::Good},
    };
    return tones;
}

} // namespace

ControlsSummary::ControlsSummary(QWidget *parent)
    : QFrame(parent)
    , m_failing(new QTreeWidget(this))
    , m_note(new QLabel(this))
    , m_open(new QPushButton(tr("Open the &Controls page"), this))
{
    setObjectName(QStringLiteral("controlsSummary"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(makeSectionTitle(tr("Controls"), this));
    top->addWidget(m_note, 1);
    m_open->setObjectName(QStringLiteral("openControlsButton"));
    describe(m_open, tr("Open the Controls page"),
             tr("Every control of the policy with its evidence and history"));
    top->addWidget(m_open);
    layout->addLayout(top);

    auto *row = new QHBoxLayout;
    row->setSpacing(12);
    for (const auto &[status, tone] : statusTones()) {
        auto *tile = new Tile(status + QStringLiteral("ControlsValue"),
                              client::controlStatusLabel(status), this);
        tile->setObjectName(status + QStringLiteral("ControlsTile"));
        tile->setLink(QStringLiteral("controls"));
        connect(tile, &Tile::clicked, this, [this](const QString &link) {
            emit navigationRequested(Destination::parse(link));
        });
        m_tiles.insert(status, tile);
        row->addWidget(tile);
    }
    m_failing->setObjectName(QStringLiteral("failingControls"));
    describe(m_failing, tr("Failing controls"),
             tr("The controls that fail now; open one to see its evidence"));
    m_failing->setHeaderLabels({tr("Failing control"), tr("What fails")});
    m_failing->setRootIsDecorated(false);
    m_failing->setColumnWidth(0, 120);
    m_failing->header()->setStretchLastSection(true);
    m_failing->setMaximumHeight(110);
    row->addWidget(m_failing, 3);
    layout->addLayout(row);
    m_note->setObjectName(QStringLiteral("controlsSummaryNote"));
    theme::markMuted(m_note);

    connect(m_open, &QPushButton::clicked, this,
            [this] { emit navigationRequested(Destination::parse(QStringLiteral("controls"))); });
    connect(m_failing, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit navigationRequested({QStringLiteral("controls"), item->text(0), 0});
    });
    connect(m_failing, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        emit navigationRequested({QStringLiteral("controls"), item->text(0), 0});
    });
}

void ControlsSummary::setControls(const QList<client::Control> &controls)
{
    QHash<QString, int> counts;
    m_failing->clear();
    for (const client::Control &c : controls) {
        ++counts[c.status];
        if (c.status == QLatin1StringView("fail")) {
            auto *item = new QTreeWidgetItem(m_failing, {c.id, c.summary});
            item->setToolTip(1, c.summary);
            item->setForeground(0, theme::colors().link);
        }
    }
    for (const auto &[status, tone] : statusTones()) {
        const int n = counts.value(status);
        m_tiles.value(status)->setValue(
            QString::number(n),
            n > 0 && status != QLatin1String("pass") ? std::optional(tone) : std::nullopt);
    }
    if (m_failing->topLevelItemCount() == 0) {
        auto *none = new QTreeWidgetItem(m_failing, {QString(), tr("No control fails.")});
        none->setFlags(Qt::ItemIsEnabled);
        none->setForeground(1, theme::color(theme::Tone::Good));
    }
    m_note->setText(tr("%n control(s) of the policy, judged live", nullptr, int(controls.size())));
}

void ControlsSummary::setError(const QString &message)
{
    for (Tile *tile : std::as_const(m_tiles))
        tile->setValue(tr("—"));
    m_failing->clear();
    m_note->setText(tr("Could not read the controls: %1").arg(message));
}

QString ControlsSummary::count(const QString &status) const
{
    Tile *tile = m_tiles.value(status);
    return tile ? tile->value() : QString();
}

} // namespace cc::ui
