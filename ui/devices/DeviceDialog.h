#pragma once

// Registers a removable or portable device, or changes one: kind, label, serial, holder,
// encryption and what it may carry. The dialog sends the request itself and stays open on a
// refusal, showing the server's words under the field they are about, with the cursor there.

#include "DevicesApi.h"
#include "widgets/FieldRow.h"

#include <optional>

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cc::client {
class ApiClient;
}

namespace cc::ui {

class DeviceDialog : public QDialog
{
    Q_OBJECT

public:
    // Without `device`, a new one held by `holder`; with it, that device's changes.
    DeviceDialog(client::ApiClient *client, const std::optional<client::Device> &device,
                 const QString &holder, QWidget *parent = nullptr);

    QComboBox *kindField() const { return m_kind; }
    QLineEdit *labelField() const { return m_label; }
    QLineEdit *serialField() const { return m_serial; }
    QLineEdit *holderField() const { return m_holder; }
    QCheckBox *encryptedField() const { return m_encrypted; }
    QComboBox *approvedUseField() const { return m_use; }
    QPushButton *saveButton() const { return m_save; }
    // What the server said about a field ("label"), empty when nothing.
    QString fieldError(const QString &field) const;
    QString errorText() const;

    client::DeviceFields fields() const;

public slots:
    void save();

signals:
    void saved(const cc::client::Device &device);

private:
    client::ApiClient *m_client;
    std::optional<client::Device> m_device;
    QComboBox *m_kind;
    QLineEdit *m_label;
    QLineEdit *m_serial;
    QLineEdit *m_holder;
    QCheckBox *m_encrypted;
    QComboBox *m_use;
    QLabel *m_error;
    FieldErrors m_errors; // the rows by the API's field name
    QPushButton *m_save = nullptr;
};

} // namespace cc::ui
