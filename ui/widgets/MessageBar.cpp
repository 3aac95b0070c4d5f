#include "widgets/MessageBar.h"

#include "widgets/Accessible.h"
#include "widgets/Theme.h"

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
    describe(m_close, tr("Dismiss"), tr("Hide this message"));
    connect(m_close, &QToolButton::clicked, this, &MessageBar::clear);
    setFrameShape(QFrame::StyledPanel);
    hide();
}

void MessageBar::showMessage(Kind kind, const QString &text)
{
    m_kind = kind;
    theme::Icon icon = theme::Icon::Info;
    QString name = QStringLiteral("info");
    switch (kind) {
    case Kind::Info:
        break;
    case Kind::Success:
        icon = theme::Icon::Ok;
        name = QStringLiteral("success");
        break;
    case Kind::Warning:
        icon = theme::Icon::Warning;
        name = QStringLiteral("warning");
        break;
    case Kind::Error:
        icon = theme::Icon::Error;
        name = QStringLiteral("error");
        break;
    case Kind::Alarm:
        icon = theme::Icon::Error;
        name = QStringLiteral("alarm");
        break;
    }
    m_close->setVisible(kind != Kind::Alarm);
    // The application style sheet colours each kind (widgets/Theme).
    setProperty("kind", name);
    style()->unpolish(this);
    style()->polish(this);
    m_icon->setPixmap(theme::icon(icon).pixmap(16, 16));
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
