#pragma once

// An inline message above a page's content (like KMessageWidget): the server's answer to the
// last action, without a modal box in the way.

#include <QFrame>

class QLabel;
class QToolButton;

namespace cc::ui {

class MessageBar : public QFrame
{
    Q_OBJECT

public:
    // Alarm: solid red, not dismissable; for what must not be overlooked (a broken audit chain).
    enum class Kind { Info, Success, Warning, Error, Alarm };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text);
    void clear();
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QToolButton *m_close = nullptr;
    Kind m_kind = Kind::Info;
};

} // namespace cc::ui
