#pragma once

// The third-party registers' forms: add a subcontractor, record its assessment with the
// document picked from disk, end it; add an API credential, record its rotation, retire it.
// Each sends its request itself and stays open on a refusal, input kept, the server's words
// under the field they name (a secret pasted where only its location belongs included).

#include "ThirdPartiesApi.h"
#include "widgets/FieldRow.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace cc::ui {

// A form whose rows are named by the API body field they hold.
class ThirdPartyDialog : public QDialog
{
    Q_OBJECT

public:
    QPushButton *sendButton() const { return m_send; }
    QString fieldError(const QString &field) const { return m_errors.error(field); }
    QString errorText() const { return m_errors.generalError(); }

public slots:
    virtual void send() = 0;

protected:
    ThirdPartyDialog(client::ApiClient *client, const QString &objectName, const QString &title,
                     const QString &intro, QWidget *parent);
    void addRow(const QString &label, const QString &apiField, QWidget *field,
                const QStringList &words = {});
    // Ends the form with Cancel and the button that sends it.
    void addButtons(const QString &text, const QString &description);
    // Waits for the answer; on a refusal shows it and keeps the form open.
    template<typename T, typename Done> void await(const client::Call<T> &call, Done done);

    client::ApiClient *m_client;
    FieldErrors m_errors;

private:
    QFormLayout *m_form;
    QLabel *m_error;
    QPushButton *m_send = nullptr;
};

// A time field not later than now, left as it is meaning "now, by the store's clock".
class PastTimeField
{
public:
    static QDateTimeEdit *make(const QString &objectName, QWidget *parent);
    static QDateTime chosen(const QDateTimeEdit *field); // invalid: left as opened
};

class AddSubcontractorDialog : public ThirdPartyDialog
{
    Q_OBJECT

public:
    explicit AddSubcontractorDialog(client::ApiClient *client, QWidget *parent = nullptr);

    QLineEdit *nameField() const { return m_name; }
    QLineEdit *contactField() const { return m_contact; }
    QCheckBox *categoryBox(const QString &category) const;

    client::SubcontractorFields fields() const;

public slots:
    void send() override;

signals:
    void saved(const cc::client::Subcontractor &subcontractor);

private:
    QLineEdit *m_name;
    QLineEdit *m_contact;
    QList<QCheckBox *> m_categories;
};

class AssessSubcontractorDialog : public ThirdPartyDialog
{
    Q_OBJECT

public:
    AssessSubcontractorDialog(client::ApiClient *client, const client::Subcontractor &subcontractor,
                              QWidget *parent = nullptr);

    QDateTimeEdit *assessedField() const { return m_assessed; }
    QComboBox *outcomeField() const { return m_outcome; }
    QLineEdit *assessorField() const { return m_assessor; }
    QPlainTextEdit *notesField() const { return m_notes; }
    QLineEdit *documentField() const { return m_document; }
    void setDocumentFile(const QString &path);

public slots:
    void chooseDocument();
    void send() override;

signals:
    void assessed(const cc::client::Subcontractor &subcontractor);

private:
    qint64 m_id;
    QDateTimeEdit *m_assessed;
    QComboBox *m_outcome;
    QLineEdit *m_assessor;
    QPlainTextEdit *m_notes;
    QLineEdit *m_document;
};

class AddCredentialDialog : public ThirdPartyDialog
{
    Q_OBJECT

public:
    explicit AddCredentialDialog(client::ApiClient *client, QWidget *parent = nullptr);

    QLineEdit *nameField() const { return m_name; }
    QLineEdit *ownerField() const { return m_owner; }
    QLineEdit *locationField() const { return m_location; }
    QLineEdit *purposeField() const { return m_purpose; }
    QSpinBox *rotationDaysField() const { return m_rotationDays; }
    QDateTimeEdit *lastRotatedField() const { return m_lastRotated; }

    client::ApiCredentialFields fields() const;

public slots:
    void send() override;

signals:
    void saved(const cc::client::ApiCredential &credential);

private:
    QLineEdit *m_name;
    QLineEdit *m_owner;
    QLineEdit *m_location;
    QLineEdit *m_purpose;
    QSpinBox *m_rotationDays;
    QDateTimeEdit *m_lastRotated;
};

class RotateCredentialDialog : public ThirdPartyDialog
{
    Q_OBJECT

public:
    RotateCredentialDialog(client::ApiClient *client, const client::ApiCredential &credential,
                           QWidget *parent = nullptr);

    QDateTimeEdit *rotatedField() const { return m_rotated; }
    QPlainTextEdit *noteField() const { return m_note; }

public slots:
    void send() override;

signals:
    void rotated(const cc::client::ApiCredential &credential);

private:
    qint64 m_id;
    QDateTimeEdit *m_rotated;
    QPlainTextEdit *m_note;
};

// Ends a subcontractor or retires a credential, with the reason.
class EndThirdPartyDialog : public ThirdPartyDialog
{
    Q_OBJECT

public:
    EndThirdPartyDialog(client::ApiClient *client, const client::Subcontractor &subcontractor,
                        QWidget *parent = nullptr);
    EndThirdPartyDialog(client::ApiClient *client, const client::ApiCredential &credential,
                        QWidget *parent = nullptr);

    QPlainTextEdit *noteField() const { return m_note; }

public slots:
    void send() override;

signals:
    void ended(const cc::client::Subcontractor &subcontractor);
    void retired(const cc::client::ApiCredential &credential);

private:
    void build(const QString &what);

    qint64 m_id;
    bool m_credential;
    QPlainTextEdit *m_note = nullptr;
};

} // namespace cc::ui
