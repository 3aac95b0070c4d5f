#pragma once

// Console > Notification e-mail…: which of one's notifications also go by e-mail — each one,
// a daily digest, or none — per kind (docs/api.md, "E-mail of notifications"). Loads the
// choices from the server, saves only what changed, stays open with the server's message
// when it refuses. Breach notices and the audit alarm are listed as always e-mailed.

#include "PreferencesApi.h"

#include <QDialog>
#include <QMap>
#include <QPointer>

class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;

namespace cc::client {
class ApiClient;
class ApiJob;
} // namespace cc::client

namespace cc::ui {

class NotificationEmailDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NotificationEmailDialog(client::ApiClient *client, QWidget *parent = nullptr);

    // The kind's combo box (object name "emailCombo_<kind>"), once loaded.
    QComboBox *comboFor(const QString &kind) const { return m_combos.value(kind); }
    static QString kindLabel(const QString &kind);

signals:
    void loaded();
    void saved();

private:
    void load();
    void showChoices(const client::EmailPreferences &preferences);
    void save();

    client::ApiClient *m_client;
    QFormLayout *m_form = nullptr;
    QLabel *m_always = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
    QMap<QString, QComboBox *> m_combos;
    client::EmailPreferences m_loaded;
    QPointer<client::ApiJob> m_job;
};

} // namespace cc::ui
