#pragma once

// A form field with a line of its own under it for what the server said about it ("password
// refused (length): …", "the username and enrolment code do not match"), so a refusal stands
// next to what it is about and everything typed stays where it was. FieldErrors is the kit's
// one way a dialog answers a refusal: the message under the field the server named, the cursor
// in that field, nothing typed lost, so Enter never lands on Cancel.

#include <QHash>
#include <QStringList>
#include <QWidget>

class QLabel;

namespace cc::client {
struct ApiError;
}

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

// A form's rows by the API body field each holds ("reason", "scope.order_ids"), and a line for
// what concerns no single field.
class FieldErrors
{
public:
    // general: the form's line for refusals about no field (shown and hidden here).
    explicit FieldErrors(QLabel *general);

    // words: more ways a message may name the field when the server's answer names none
    // ("labelled" for "label").
    void add(const QString &apiField, FieldRow *row, const QStringList &words = {});
    FieldRow *row(const QString &apiField) const { return m_rows.value(apiField); }

    void clear();
    // A refusal: under the field error.field names (or, from an older server, the first field
    // the message names as a word), with the cursor there; otherwise on the general line, with
    // the cursor in the first field. Returns the row that shows it, null for the general line.
    FieldRow *show(const client::ApiError &error);
    // What the form itself found wrong with one field (empty apiField: the general line).
    FieldRow *show(const QString &apiField, const QString &message);
    QString error(const QString &apiField) const; // empty while none is shown
    QString generalError() const;

private:
    QString fieldNamed(const QString &message) const;

    QLabel *m_general;
    QList<QString> m_order; // as added: the first is where the cursor goes by default
    QHash<QString, FieldRow *> m_rows;
    QHash<QString, QStringList> m_words;
};

} // namespace cc::ui
