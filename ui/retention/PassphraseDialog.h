#pragma once

// Asks for the passphrase that seals a return's archive for Amazon: typed twice, at least the
// policy's password length, never shown. The typed text lives only in the two fields until
// takePassphrase() hands it over and clears them; whoever takes it wipes it after use.

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cc::ui {

class PassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    PassphraseDialog(const QString &reference, int minLength, QWidget *parent = nullptr);
    ~PassphraseDialog() override;

    // The passphrase typed (both fields agree); the fields are wiped and emptied.
    QString takePassphrase();

private:
    void updateState();
    void wipeFields();

    int m_minLength;
    QLineEdit *m_passphrase;
    QLineEdit *m_again;
    QLabel *m_hint;
    QPushButton *m_ok = nullptr;
};

// Overwrites a secret's characters, then empties it. The secret should not share its
// characters (a shared one is copied first, and only the copy is wiped).
void wipe(QString &secret);

} // namespace cc::ui
