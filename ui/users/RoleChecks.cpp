#include "users/RoleChecks.h"

#include "ApiTypes.h"
#include "widgets/Accessible.h"

#include <QCheckBox>
#include <QVBoxLayout>

namespace cc::ui {

RoleChecks::RoleChecks(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    const QStringList roleIds = {QStringLiteral("employee"), QStringLiteral("manager"),
                                 QStringLiteral("compliance_officer"), QStringLiteral("executive"),
                                 QStringLiteral("admin")};
    for (const QString &role : roleIds) {
        auto *box = new QCheckBox(client::roleLabel(role), this);
        box->setObjectName(QStringLiteral("role_") + role);
        box->setProperty("role", role);
        describe(box, client::roleLabel(role),
                 tr("Give the person the role %1").arg(client::roleLabel(role)));
        connect(box, &QCheckBox::toggled, this, &RoleChecks::changed);
        layout->addWidget(box);
        m_boxes.append(box);
    }
}

QStringList RoleChecks::roles() const
{
    QStringList roles;
    for (const QCheckBox *box : m_boxes) {
        if (box->isChecked())
            roles.append(box->property("role").toString());
    }
    return roles;
}

void RoleChecks::setRoles(const QStringList &roles)
{
    for (QCheckBox *box : std::as_const(m_boxes))
        box->setChecked(roles.contains(box->property("role").toString()));
}

} // namespace cc::ui
