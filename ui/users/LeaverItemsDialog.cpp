#include "users/LeaverItemsDialog.h"

#include "widgets/Accessible.h"
#include "widgets/PageHeader.h"
#include "widgets/Theme.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cc::ui {

LeaverItemsDialog::LeaverItemsDialog(const client::User &leaver, const client::Offboarding &done,
                                     bool canReassign, QWidget *parent)
    : QDialog(parent)
    , m_assets(new QLabel(this))
    , m_requests(new QLabel(this))
{
    setObjectName(QStringLiteral("leaverItemsDialog"));
    setWindowTitle(tr("What %1 leaves behind").arg(leaver.username));
    setMinimumWidth(460);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("%1 is offboarded. Their assets stay assigned to them, flagged, until a manager gives "
           "each another owner%2.")
            .arg(leaver.username,
                 canReassign ? QString()
                             : tr(" (Assets page, filter “To reassign”): tell the managers")),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    layout->addWidget(
        makeSectionTitle(tr("Assets to reassign (%n)", nullptr, int(done.assets.size())), this));
    QStringList assets;
    for (const client::Asset &a : done.assets)
        assets << (canReassign ? QStringLiteral("<li>%1 — <a href=\"assets/%2\">%3</a></li>")
                                     .arg(a.name.toHtmlEscaped())
                                     .arg(a.id)
                                     .arg(tr("reassign…"))
                               : QStringLiteral("<li>%1</li>").arg(a.name.toHtmlEscaped()));
    m_assets->setObjectName(QStringLiteral("leaverAssets"));
    m_assets->setText(assets.isEmpty() ? tr("They own no asset in use.")
                                       : QStringLiteral("<ul>%1</ul>").arg(assets.join(QString())));
    m_assets->setWordWrap(true);
    m_assets->setTextInteractionFlags(Qt::TextBrowserInteraction);
    describe(m_assets, tr("Assets to reassign"),
             tr("The leaver's assets; each link opens it on the Assets page"));
    layout->addWidget(m_assets);

    layout->addWidget(
        makeSectionTitle(tr("Requests cancelled (%n)", nullptr, int(done.requests.size())), this));
    QStringList requests;
    for (const client::AccessRequest &r : done.requests)
        requests << QStringLiteral("<li><a href=\"access/%1\">#%1</a> %2 — %3</li>")
                        .arg(r.id)
                        .arg(r.category.toHtmlEscaped(), r.client.toHtmlEscaped());
    m_requests->setObjectName(QStringLiteral("leaverRequests"));
    m_requests->setText(requests.isEmpty()
                            ? tr("They had no pending access request.")
                            : QStringLiteral("<ul>%1</ul>").arg(requests.join(QString())));
    m_requests->setWordWrap(true);
    m_requests->setTextInteractionFlags(Qt::TextBrowserInteraction);
    describe(m_requests, tr("Requests cancelled"),
             tr("The leaver's access requests that the offboarding cancelled"));
    layout->addWidget(m_requests);
    for (QLabel *list : {m_assets, m_requests})
        connect(list, &QLabel::linkActivated, this, [this](const QString &link) {
            emit linkFollowed(link);
            accept();
        });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    describe(buttons->button(QDialogButtonBox::Close), tr("Close"), tr("Close this list"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace cc::ui
