#pragma once

// The title block and tool row every page starts with: a title, a line saying what the page
// is for, a filter field and a refresh button.

#include <QWidget>

class QLineEdit;
class QLabel;
class QPushButton;

namespace cc::ui {

class PageHeader : public QWidget
{
    Q_OBJECT

public:
    PageHeader(const QString &title, const QString &subtitle, QWidget *parent = nullptr);

    QLineEdit *filter() const { return m_filter; }
    QPushButton *refreshButton() const { return m_refresh; }

protected:
    void changeEvent(QEvent *event) override; // the refresh glyph follows the theme

private:
    QLineEdit *m_filter;
    QPushButton *m_refresh;
};

// A section title inside a page ("Pending requests").
QLabel *makeSectionTitle(const QString &text, QWidget *parent);

} // namespace cc::ui
