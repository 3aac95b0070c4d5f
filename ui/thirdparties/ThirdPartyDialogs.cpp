#include "thirdparties/ThirdPartyDialogs.h"

#include "ApiClient.h"
#include "thirdparties/ThirdPartyModels.h"
#include "widgets/Accessible.h"
#include "widgets/PickedFile.h"
#include "widgets/Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cc::ui {

namespace {

QPlainTextEdit *makeNote(const QString &objectName, QWidget *parent)
{
    auto *note = new QPlainTextEdit(parent);
    note->setObjectName(objectName);
    note->setTabChangesFocus(true);
    note->setMinimumHeight(70);
    return note;
}

QLineEdit *makeLine(const QString &objectName, int maxLength, QWidget *parent)
{
    auto *line = new QLineEdit(parent);
    line->setObjectName(objectName);
    line->setMaxLength(maxLength);
    return line;
}

} // namespace

// ---- The form ----

ThirdPartyDialog::ThirdPartyDialog(client::ApiClient *client, const QString &objectName,
                                   const QString &title, const QString &intro, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_errors(nullptr)
    , m_form(new QFormLayout)
    , m_error(new QLabel(this))
{
    setObjectName(objectName);
    setWindowTitle(title);
    setMinimumWidth(500);
    m_error->setObjectName(objectName + QStringLiteral("Error"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(
        QStringLiteral("QLabel { color: %1; }").arg(theme::color(theme::Tone::Bad).name()));
    m_error->hide();
    m_errors = FieldErrors(m_error);
    auto *layout = new QVBoxLayout(this);
    auto *introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);
    layout->addWidget(introLabel);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
}

void ThirdPartyDialog::addRow(const QString &label, const QString &apiField, QWidget *field,
                              const QStringList &words)
{
    auto *row = new FieldRow(
        field, objectName() + QLatin1Char('_') + apiField + QStringLiteral("Error"), this);
    m_errors.add(apiField, row, words);
    m_form->addRow(label, row);
}

void ThirdPartyDialog::addButtons(const QString &text, const QString &description)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_send = buttons->addButton(text, QDialogButtonBox::AcceptRole);
    m_send->setObjectName(objectName() + QStringLiteral("Send"));
    describe(m_send, text.section(QLatin1Char('&'), 0, 0) + text.section(QLatin1Char('&'), 1),
             description);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_send, &QPushButton::clicked, this, &ThirdPartyDialog::send);
    layout()->addWidget(buttons);
}

template<typename T, typename Done>
void ThirdPartyDialog::await(const client::Call<T> &call, Done done)
{
    m_send->setEnabled(false);
    call.then(this, [this, done](const client::Reply<T> &reply) {
        m_send->setEnabled(true);
        if (!reply.ok()) {
            m_errors.show(reply.error);
            return;
        }
        done(reply.value);
        accept();
    });
}

QDateTimeEdit *PastTimeField::make(const QString &objectName, QWidget *parent)
{
    const QDateTime opened = QDateTime::currentDateTime();
    auto *field = new QDateTimeEdit(parent);
    field->setObjectName(objectName);
    field->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    field->setCalendarPopup(true);
    field->setDateTime(opened);
    field->setMaximumDateTime(opened);
    field->setProperty("openedAt", opened);
    return field;
}

QDateTime PastTimeField::chosen(const QDateTimeEdit *field)
{
    const QDateTime opened = field->property("openedAt").toDateTime();
    return field->dateTime().secsTo(opened) >= 60 ? field->dateTime() : QDateTime();
}

// ---- Add subcontractor ----

AddSubcontractorDialog::AddSubcontractorDialog(client::ApiClient *client, QWidget *parent)
    : ThirdPartyDialog(client, QStringLiteral("addSubcontractorDialog"), tr("Add subcontractor"),
                       tr("A firm that receives Amazon data from you. Each one receiving data "
                          "needs a third-party risk assessment before data flows, then yearly."),
                       parent)
    , m_name(makeLine(QStringLiteral("subcontractorName"), 200, this))
    , m_contact(makeLine(QStringLiteral("subcontractorContact"), 200, this))
{
    describe(m_name, tr("Name"), tr("The subcontractor's name"));
    m_contact->setPlaceholderText(tr("Privacy or security contact"));
    describe(m_contact, tr("Contact"), tr("Whom to ask about its handling of the data"));
    auto *boxes = new QWidget(this);
    auto *grid = new QGridLayout(boxes);
    grid->setContentsMargins(0, 0, 0, 0);
    const QStringList &categories = client::ThirdPartiesApi::dataCategories();
    for (int i = 0; i < categories.size(); ++i) {
        auto *box = new QCheckBox(SubcontractorModel::categoryLabel(categories.at(i)), boxes);
        box->setObjectName(QStringLiteral("subcontractorCategory_") + categories.at(i));
        box->setProperty("category", categories.at(i));
        grid->addWidget(box, i / 2, i % 2);
        m_categories << box;
    }
    describe(boxes, tr("Amazon data received"),
             tr("The kinds of Amazon data it receives; none: it receives no Amazon data"));
    addRow(tr("&Name:"), QStringLiteral("name"), m_name);
    addRow(tr("&Contact:"), QStringLiteral("contact"), m_contact);
    addRow(tr("Amazon data:"), QStringLiteral("data_categories"), boxes,
           {QStringLiteral("categories"), QStringLiteral("category")});
    addButtons(tr("&Add"), tr("Add the subcontractor to the register"));
    m_name->setFocus();
}

QCheckBox *AddSubcontractorDialog::categoryBox(const QString &category) const
{
    for (QCheckBox *box : m_categories) {
        if (box->property("category").toString() == category)
            return box;
    }
    return nullptr;
}

client::SubcontractorFields AddSubcontractorDialog::fields() const
{
    client::SubcontractorFields f;
    f.name = m_name->text().trimmed();
    f.contact = m_contact->text().trimmed();
    for (const QCheckBox *box : m_categories) {
        if (box->isChecked())
            f.dataCategories << box->property("category").toString();
    }
    return f;
}

void AddSubcontractorDialog::send()
{
    m_errors.clear();
    const client::SubcontractorFields f = fields();
    if (f.name.isEmpty()) {
        m_errors.show(QStringLiteral("name"), tr("Enter the subcontractor's name."));
        return;
    }
    if (f.contact.isEmpty()) {
        m_errors.show(QStringLiteral("contact"), tr("Enter whom to contact there."));
        return;
    }
    await(client::ThirdPartiesApi(m_client).createSubcontractor(f),
          [this](const client::Subcontractor &s) { emit saved(s); });
}

// ---- Record assessment ----

AssessSubcontractorDialog::AssessSubcontractorDialog(client::ApiClient *client,
                                                     const client::Subcontractor &subcontractor,
                                                     QWidget *parent)
    : ThirdPartyDialog(client, QStringLiteral("assessSubcontractorDialog"),
                       tr("Record assessment of %1").arg(subcontractor.name),
                       tr("The outcome of the third-party risk assessment and its document (a "
                          "questionnaire, a report). The store keeps the document sealed and "
                          "records its SHA-256."),
                       parent)
    , m_id(subcontractor.id)
    , m_assessed(PastTimeField::make(QStringLiteral("assessmentDate"), this))
    , m_outcome(new QComboBox(this))
    , m_assessor(makeLine(QStringLiteral("assessmentAssessor"), 200, this))
    , m_notes(makeNote(QStringLiteral("assessmentNotes"), this))
    , m_document(new QLineEdit(this))
{
    describe(m_assessed, tr("Assessed"), tr("When the assessment was made; not later than now"));
    m_outcome->setObjectName(QStringLiteral("assessmentOutcome"));
    for (const char *outcome : {"approved", "approved_with_conditions", "rejected"})
        m_outcome->addItem(SubcontractorModel::outcomeLabel(QLatin1String(outcome)),
                           QLatin1String(outcome));
    describe(m_outcome, tr("Outcome"), tr("What the assessment concluded"));
    m_assessor->setPlaceholderText(tr("A person or firm"));
    describe(m_assessor, tr("Assessor"), tr("Who made the assessment"));
    describe(m_notes, tr("Notes"), tr("Conditions, findings, follow-ups"));
    m_document->setObjectName(QStringLiteral("assessmentDocument"));
    m_document->setReadOnly(true);
    describe(m_document, tr("Document"), tr("The assessment document's file"));
    auto *choose = new QPushButton(tr("C&hoose…"), this);
    choose->setObjectName(QStringLiteral("assessmentChooseDocument"));
    describe(choose, tr("Choose document"), tr("Pick the assessment document from disk"));
    auto *file = new QWidget(this);
    auto *row = new QHBoxLayout(file);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_document, 1);
    row->addWidget(choose);

    addRow(tr("&Assessed:"), QStringLiteral("assessed_at"), m_assessed);
    addRow(tr("&Outcome:"), QStringLiteral("outcome"), m_outcome);
    addRow(tr("Asse&ssor:"), QStringLiteral("assessor"), m_assessor);
    addRow(tr("&Notes:"), QStringLiteral("notes"), m_notes);
    addRow(tr("&Document:"), QStringLiteral("document_base64"), file,
           {QStringLiteral("document"), QStringLiteral("document_name")});
    addButtons(tr("&Record"), tr("Record the assessment and upload its document"));
    connect(choose, &QPushButton::clicked, this, &AssessSubcontractorDialog::chooseDocument);
    m_assessor->setFocus();
}

void AssessSubcontractorDialog::setDocumentFile(const QString &path)
{
    m_document->setText(path);
}

void AssessSubcontractorDialog::chooseDocument()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Assessment document"));
    if (!path.isEmpty())
        setDocumentFile(path);
}

void AssessSubcontractorDialog::send()
{
    m_errors.clear();
    client::NewAssessment a;
    a.assessedAt = PastTimeField::chosen(m_assessed);
    a.outcome = m_outcome->currentData().toString();
    a.assessor = m_assessor->text().trimmed();
    a.notes = m_notes->toPlainText().trimmed();
    if (a.assessor.isEmpty()) {
        m_errors.show(QStringLiteral("assessor"), tr("Say who made the assessment."));
        return;
    }
    const QString path = m_document->text();
    QString problem;
    a.document = readPickedFile(path, client::ThirdPartiesApi::kMaxDocumentBytes, &problem);
    if (!problem.isEmpty()) {
        m_errors.show(QStringLiteral("document_base64"), problem);
        return;
    }
    a.documentName = QFileInfo(path).fileName();
    await(client::ThirdPartiesApi(m_client).assess(m_id, a),
          [this](const client::Subcontractor &s) { emit assessed(s); });
}

// ---- Add credential ----

AddCredentialDialog::AddCredentialDialog(client::ApiClient *client, QWidget *parent)
    : ThirdPartyDialog(client, QStringLiteral("addCredentialDialog"), tr("Add API credential"),
                       tr("A key or client used to reach Amazon, with its accountable owner and "
                          "where the secret is kept. Never enter the secret itself: the store "
                          "refuses text that looks like one."),
                       parent)
    , m_name(makeLine(QStringLiteral("credentialName"), 200, this))
    , m_owner(makeLine(QStringLiteral("credentialOwner"), 100, this))
    , m_location(makeLine(QStringLiteral("credentialLocation"), 200, this))
    , m_purpose(makeLine(QStringLiteral("credentialPurpose"), 200, this))
    , m_rotationDays(new QSpinBox(this))
    , m_lastRotated(PastTimeField::make(QStringLiteral("credentialLastRotated"), this))
{
    describe(m_name, tr("Name"), tr("The credential's name, e.g. the LWA client it is"));
    m_owner->setPlaceholderText(tr("Username"));
    describe(m_owner, tr("Owner"), tr("The username of the person accountable for it"));
    m_location->setPlaceholderText(QStringLiteral("Vault: secret/sp-api/lwa"));
    describe(m_location, tr("Where it lives"),
             tr("Where the secret is kept (a vault path), never the secret"));
    describe(m_purpose, tr("Purpose"), tr("What it is used for"));
    m_rotationDays->setObjectName(QStringLiteral("credentialRotationDays"));
    m_rotationDays->setRange(0, 180);
    m_rotationDays->setSpecialValueText(tr("Policy default"));
    m_rotationDays->setSuffix(tr(" days"));
    describe(m_rotationDays, tr("Rotate every"),
             tr("Days between rotations; the policy's when left at the default"));
    describe(m_lastRotated, tr("Last rotated"), tr("When it was last rotated; not later than now"));
    addRow(tr("&Name:"), QStringLiteral("name"), m_name);
    addRow(tr("&Owner:"), QStringLiteral("owner"), m_owner);
    addRow(tr("&Where it lives:"), QStringLiteral("location"), m_location);
    addRow(tr("&Purpose:"), QStringLiteral("purpose"), m_purpose);
    addRow(tr("Rotate &every:"), QStringLiteral("rotation_days"), m_rotationDays);
    addRow(tr("&Last rotated:"), QStringLiteral("last_rotated_at"), m_lastRotated);
    addButtons(tr("&Add"), tr("Add the credential to the register"));
    m_name->setFocus();
}

client::ApiCredentialFields AddCredentialDialog::fields() const
{
    client::ApiCredentialFields f;
    f.name = m_name->text().trimmed();
    f.owner = m_owner->text().trimmed();
    f.location = m_location->text().trimmed();
    f.purpose = m_purpose->text().trimmed();
    f.rotationDays = m_rotationDays->value();
    f.lastRotatedAt = PastTimeField::chosen(m_lastRotated);
    return f;
}

void AddCredentialDialog::send()
{
    m_errors.clear();
    const client::ApiCredentialFields f = fields();
    const QList<std::pair<QString, QString>> required {{QStringLiteral("name"), f.name},
                                                       {QStringLiteral("owner"), f.owner},
                                                       {QStringLiteral("location"), f.location},
                                                       {QStringLiteral("purpose"), f.purpose}};
    for (const auto &[field, value] : required) {
        if (value.isEmpty()) {
            m_errors.show(field, tr("Fill this in."));
            return;
        }
    }
    await(client::ThirdPartiesApi(m_client).createCredential(f),
          [this](const client::ApiCredential &c) { emit saved(c); });
}

// ---- Record rotation ----

RotateCredentialDialog::RotateCredentialDialog(client::ApiClient *client,
                                               const client::ApiCredential &credential,
                                               QWidget *parent)
    : ThirdPartyDialog(client, QStringLiteral("rotateCredentialDialog"),
                       tr("Record rotation of %1").arg(credential.name),
                       tr("Record that the secret was replaced; the next rotation falls due %n "
                          "day(s) later.",
                          nullptr, credential.rotationDays),
                       parent)
    , m_id(credential.id)
    , m_rotated(PastTimeField::make(QStringLiteral("rotationDate"), this))
    , m_note(makeNote(QStringLiteral("rotationNote"), this))
{
    describe(m_rotated, tr("Rotated"), tr("When the secret was replaced; not later than now"));
    describe(m_note, tr("Note"), tr("How it was rotated, e.g. the change ticket"));
    addRow(tr("&Rotated:"), QStringLiteral("rotated_at"), m_rotated);
    addRow(tr("&Note:"), QStringLiteral("note"), m_note);
    addButtons(tr("&Record"), tr("Record the rotation"));
    m_note->setFocus();
}

void RotateCredentialDialog::send()
{
    m_errors.clear();
    await(client::ThirdPartiesApi(m_client).rotate(m_id, PastTimeField::chosen(m_rotated),
                                                   m_note->toPlainText().trimmed()),
          [this](const client::ApiCredential &c) { emit rotated(c); });
}

// ---- End, retire ----

EndThirdPartyDialog::EndThirdPartyDialog(client::ApiClient *client,
                                         const client::Subcontractor &subcontractor,
                                         QWidget *parent)
    : ThirdPartyDialog(client, QStringLiteral("endSubcontractorDialog"),
                       tr("End %1").arg(subcontractor.name),
                       tr("It no longer receives data from you: it leaves the assessment "
                          "schedule and takes no further change."),
                       parent)
    , m_id(subcontractor.id)
    , m_credential(false)
{
    build(tr("End"));
}

EndThirdPartyDialog::EndThirdPartyDialog(client::ApiClient *client,
                                         const client::ApiCredential &credential, QWidget *parent)
    : ThirdPartyDialog(client, QStringLiteral("retireCredentialDialog"),
                       tr("Retire %1").arg(credential.name),
                       tr("It is revoked and no longer used: it leaves the rotation schedule and "
                          "takes no further change."),
                       parent)
    , m_id(credential.id)
    , m_credential(true)
{
    build(tr("Retire"));
}

void EndThirdPartyDialog::build(const QString &what)
{
    m_note = makeNote(QStringLiteral("endNote"), this);
    describe(m_note, tr("Reason"), tr("Why, and since when"));
    addRow(tr("&Reason:"), QStringLiteral("note"), m_note);
    addButtons(what, m_credential ? tr("Retire the credential") : tr("End the subcontractor"));
    m_note->setFocus();
}

void EndThirdPartyDialog::send()
{
    m_errors.clear();
    const QString note = m_note->toPlainText().trimmed();
    if (note.isEmpty()) {
        m_errors.show(QStringLiteral("note"), tr("Say why."));
        return;
    }
    client::ThirdPartiesApi api(m_client);
    if (m_credential)
        await(api.retire(m_id, note), [this](const client::ApiCredential &c) { emit retired(c); });
    else
        await(api.endSubcontractor(m_id, note),
              [this](const client::Subcontractor &s) { emit ended(s); });
}

} // namespace cc::ui
