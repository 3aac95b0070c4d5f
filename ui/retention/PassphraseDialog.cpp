#include "retention/PassphraseDialog.h"

#include "widgets/Accessible.h"
#include "widgets/Theme.h"

#include <algorithm>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cc::ui {

void wipe(QString &secret)
{
    if (!secret.isEmpty())
        std::fill_n(secret.data(), secret.size(), QChar());
    secret.clear();
}

PassphraseDialog::PassphraseDialog(const QString &reference, int minLength, QWidget *parent)
    : QDialog(parent)
    , m_minLength(minLength)
    , m_passphrase(new QLineEdit(this))
    , m_again(new QLineEdit(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("passphraseDialog"));
    setWindowTitle(tr("Passphrase for the archive"));
    setMinimumWidth(440);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("<p>The data of request <b>%1</b> is sealed into an archive with this passphrase "
           "(Argon2id, AES-256-GCM) before it is deleted here. Give Amazon the passphrase by "
           "another way than the archive. It is not stored anywhere.</p>")
            .arg(reference.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    for (QLineEdit *edit : {m_passphrase, m_again}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setAttribute(Qt::WA_InputMethodEnabled, false);
        connect(edit, &QLineEdit::textChanged, this, &PassphraseDialog::updateState);
    }
    m_passphrase->setObjectName(QStringLiteral("archivePassphrase"));
    describe(m_passphrase, tr("Passphrase"),
             tr("At least %n character(s); Amazon opens the archive with it", nullptr, minLength));
    m_again->setObjectName(QStringLiteral("archivePassphraseAgain"));
    describe(m_again, tr("Passphrase again"), tr("The same passphrase once more"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(tr("&Again:"), m_again);
    layout->addLayout(form);
    m_hint->setObjectName(QStringLiteral("passphraseHint"));
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("&Continue…"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("passphraseOk"));
    describe(m_ok, tr("Continue"), tr("Choose where to save the sealed archive"));
    describe(buttons->button(QDialogButtonBox::Cancel), tr("Cancel"),
             tr("Close without fulfilling the request"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    updateState();
    m_passphrase->setFocus();
}

PassphraseDialog::~PassphraseDialog()
{
    wipeFields();
}

void PassphraseDialog::updateState()
{
    const QString typed = m_passphrase->text();
    const bool longEnough = typed.size() >= m_minLength;
    const bool same = typed == m_again->text();
    m_ok->setEnabled(longEnough && same);
    const theme::Tone tone = longEnough && same ? theme::Tone::Good : theme::Tone::Warn;
    m_hint->setText(theme::span(
        tone,
        !longEnough ? tr("%1 of at least %2 characters").arg(typed.size()).arg(m_minLength)
            : !same ? tr("The two passphrases differ.")
                    : tr("The passphrases match."),
        false));
}

QString PassphraseDialog::takePassphrase()
{
    // A copy of its own, which wipe() overwrites in place: the field's text may be shared or
    // even read-only (set from a literal).
    const QString typed = m_passphrase->text();
    QString passphrase(typed.constData(), typed.size());
    wipeFields();
    return passphrase;
}

void PassphraseDialog::wipeFields()
{
    // QLineEdit keeps its text (and undo history) in its own buffer: overwrite, then clear.
    for (QLineEdit *edit : {m_passphrase, m_again}) {
        edit->setText(QString(edit->text().size(), QChar(u'\0')));
        edit->clear();
    }
}

} // namespace cc::ui
