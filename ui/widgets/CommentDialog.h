#pragma once

// A decision that needs a few words — approve, deny, revoke, offboard. The dialog sends the
// call itself and stays open with the server's message when it is refused, under the field it
// is about and with the cursor there (FieldErrors), so the text typed is not lost and Enter
// does not close it. The caller reads the typed answer from the call it makes in submit.

#include "widgets/FieldRow.h"

#include <functional>

#include <QDialog>
#include <QPointer>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace cc::client {
class ApiJob;
}

namespace cc::ui {

class CommentDialog : public QDialog
{
    Q_OBJECT

public:
    using Submit = std::function<client::ApiJob *(const QString &text)>;

    CommentDialog(const QString &title, const QString &description, const QString &label,
                  bool required, Submit submit, QWidget *parent = nullptr);

    void setAcceptText(const QString &text, bool destructive = false);
    // An extra input shown above the comment (e.g. the departure time of an offboarding), the
    // body field apiField to the server; the dialog takes ownership.
    void addField(const QString &label, QWidget *field, const QString &apiField = {});
    QString errorText() const; // a refusal about no single field
    // What was refused about the typed text (the body's comment, reason or note).
    QString commentError() const;
    QPlainTextEdit *commentEdit() const { return m_text; }

signals:
    void succeeded();

private:
    void submit();

    Submit m_submit;
    bool m_required;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_error = nullptr;
    FieldErrors m_errors;
    QPushButton *m_ok = nullptr;
    QPointer<client::ApiJob> m_job;
    int m_fields = 0;
};

} // namespace cc::ui
