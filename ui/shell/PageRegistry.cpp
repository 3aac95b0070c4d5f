#include "shell/PageRegistry.h"

#include "AlertTypes.h"
#include "ApiTypes.h"
#include "ControlTypes.h"
#include "RetentionApi.h"
#include "ThirdPartiesApi.h"
#include "VulnerabilitiesApi.h"
#include "access-reviews/AccessReviewsPage.h"
#include "access/AccessPage.h"
#include "assets/AssetsPage.h"
#include "audit/AuditPage.h"
#include "controls/ControlsPage.h"
#include "devices/DevicesPage.h"
#include "incidents/IncidentsPage.h"
#include "monitoring/MonitoringPage.h"
#include "orders/OrdersPage.h"
#include "retention/RetentionPage.h"
#include "shell/DashboardPage.h"
#include "tasks/TasksPage.h"
#include "thirdparties/ThirdPartiesPage.h"
#include "users/UsersPage.h"
#include "vulnerabilities/VulnerabilitiesPage.h"

namespace cc::ui {

namespace {

template<typename P> Page *make(client::ApiClient *client, QWidget *parent)
{
    return new P(client, parent);
}

} // namespace

const QList<PageType> &pageTypes()
{
    // What each person sees in a page follows their grants and roles, checked by the server;
    // the permission here only hides pages that would refuse everything.
    static const QList<PageType> types = {
        // Everyone's home page: the first after sign-in.
        {QStringLiteral("tasks"), nullptr, &make<TasksPage>},
        {QStringLiteral("dashboard"), nullptr, &make<DashboardPage>},
        {QStringLiteral("controls"), client::permission::ControlsRead, &make<ControlsPage>},
        {QStringLiteral("access"), nullptr, &make<AccessPage>},
        {QStringLiteral("reviews"), nullptr, &make<AccessReviewsPage>},
        {QStringLiteral("assets"), nullptr, &make<AssetsPage>},
        {QStringLiteral("devices"), nullptr, &make<DevicesPage>},
        {QStringLiteral("vulnerabilities"), client::permission::VulnerabilitiesManage,
         &make<VulnerabilitiesPage>},
        {QStringLiteral("thirdparties"), client::permission::ThirdPartiesManage,
         &make<ThirdPartiesPage>},
        {QStringLiteral("incidents"), nullptr, &make<IncidentsPage>},
        {QStringLiteral("orders"), nullptr, &make<OrdersPage>},
        {QStringLiteral("monitoring"), client::permission::AuditRead, &make<MonitoringPage>},
        {QStringLiteral("retention"), client::permission::RetentionManage, &make<RetentionPage>},
        {QStringLiteral("users"), client::permission::UsersRead, &make<UsersPage>},
        {QStringLiteral("audit"), client::permission::AuditRead, &make<AuditPage>},
    };
    return types;
}

} // namespace cc::ui
