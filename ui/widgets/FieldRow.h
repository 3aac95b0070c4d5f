#pragma once

// A form field with a line of its own under it for what the server said about it ("password
// refused (length): …", "the username and enrolment code do not match"), so a refusal stands
// next to what it is about and everything typed stays where it was.

#include <QWidget>

class QLabel;

namespace cc::ui {

class FieldRow : public QWidget
{
    Q_OBJECT

public:
    // Takes the field (a line edit, a combo box) into the row; the error line is named
    // errorObjectName so tests and screen readers find it.
    FieldRow(QWidget *field, const QString &errorObjectName, QWidget *parent = nullptr);

    QWidget *field() const { return m_field; }
    void showError(const QString &message);
    void clearError();
    QString error() const; // empty while none is shown

private:
    QWidget *m_field;
    QLabel *m_error;
};

} // namespace cc::ui
