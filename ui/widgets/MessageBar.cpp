#include "widgets/MessageBar.h"

#include "widgets/Palette.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace cc::ui {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setObjectName(QStringLiteral("messageClose"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Dismiss"));
    connect(m_close, &QToolButton::clicked, this, &MessageBar::clear);
    setFrameShape(QFrame::StyledPanel);
    hide();
}

void MessageBar::showMessage(Kind kind, const QString &text)
{
    m_kind = kind;
    palette::Icon icon = palette::Icon::Info;
    QString background = QStringLiteral("#e8f0fb");
    QString border = QStringLiteral("#9bbbe3");
    switch (kind) {
    case Kind::Info:
        break;
    case Kind::Success:
        icon = palette::Icon::Ok;
        background = QStringLiteral("#e7f4ea");
        border = QStringLiteral("#94c9a2");
        break;
    case Kind::Warning:
        icon = palette::Icon::Warning;
        background = QStringLiteral("#fdf3e1");
        border = QStringLiteral("#e3bf7d");
        break;
    case Kind::Error:
        icon = palette::Icon::Error;
        background = QStringLiteral("#fbeae9");
        border = QStringLiteral("#e0a29e");
        break;
    }
    setStyleSheet(QStringLiteral("cc--ui--MessageBar { background: %1; border: 1px solid %2; "
                                 "border-radius: 4px; } QLabel { color: #1f1f1f; }")
                      .arg(background, border));
    m_icon->setPixmap(palette::icon(icon).pixmap(16, 16));
    m_text->setText(text);
    show();
}

void MessageBar::clear()
{
    m_text->clear();
    hide();
}

QString MessageBar::text() const
{
    return isHidden() ? QString() : m_text->text();
}

} // namespace cc::ui
