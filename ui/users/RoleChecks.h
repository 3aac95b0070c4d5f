#pragma once

// The five roles as check boxes (role_<id>), for adding an account and for changing one. Which
// combinations are allowed is the server's to say (admin with compliance officer is refused,
// and why): the boxes only collect the choice.

#include <QStringList>
#include <QWidget>

class QCheckBox;

namespace cc::ui {

class RoleChecks : public QWidget
{
    Q_OBJECT

public:
    explicit RoleChecks(QWidget *parent = nullptr);

    QStringList roles() const; // in the order the boxes show them
    void setRoles(const QStringList &roles);

signals:
    void changed();

private:
    QList<QCheckBox *> m_boxes;
};

} // namespace cc::ui
