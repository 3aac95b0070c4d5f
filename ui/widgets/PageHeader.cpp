#include "widgets/PageHeader.h"

#include "widgets/Accessible.h"
#include "widgets/Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cc::ui {

PageHeader::PageHeader(const QString &title, const QString &subtitle, QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    auto *titleLabel = new QLabel(title, this);
    titleLabel->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.45);
    titleFont.setWeight(QFont::DemiBold);
    titleLabel->setFont(titleFont);
    texts->addWidget(titleLabel);
    auto *subtitleLabel = new QLabel(subtitle, this);
    theme::markMuted(subtitleLabel);
    subtitleLabel->setWordWrap(true);
    texts->addWidget(subtitleLabel);
    layout->addLayout(texts, 1);

    m_filter->setPlaceholderText(tr("Filter…"));
    describe(m_filter, tr("Filter"),
             tr("Show only the rows of %1 that contain this text (Ctrl+F)").arg(title));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(160);
    layout->addWidget(m_filter, 0, Qt::AlignBottom);
    m_refresh->setIcon(theme::icon(theme::Icon::Refresh));
    describe(m_refresh, tr("Refresh"), tr("Read %1 again from the server (F5)").arg(title));
    layout->addWidget(m_refresh, 0, Qt::AlignBottom);
}

void PageHeader::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_refresh->setIcon(theme::icon(theme::Icon::Refresh));
    QWidget::changeEvent(event);
}

QLabel *makeSectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setWeight(QFont::DemiBold);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    return label;
}

} // namespace cc::ui
