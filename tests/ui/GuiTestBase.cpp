#include "GuiTestBase.h"

#include "ChangeFeed.h"
#include "shell/Preferences.h"
#include "widgets/DataTableView.h"
#include "widgets/Page.h"
#include "widgets/PagedTableModel.h"

#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>

namespace cc::test {

GuiTestBase::GuiTestBase()
{
    // English as the console shows it: with its plural forms ("1 order", "3 orders").
    ui::installTranslations(QStringLiteral("en"));
}

GuiTestBase::~GuiTestBase()
{
    closeWindows();
}

bool GuiTestBase::startServer(const QStringList &arguments)
{
    if (!m_server.start(arguments))
        return false;
    m_pinned.pinCertificate(client::CertificateTrust::serverKey(m_server.baseUrl()),
                            m_server.certificate());
    return true;
}

client::ApiClient *GuiTestBase::signIn(TestServer::Account &account)
{
    auto api = std::make_unique<client::ApiClient>();
    api->setCertificateTrust(&m_pinned);
    api->setBaseUrl(m_server.baseUrl());
    client::ApiJob *job
        = api->signIn(account.username, account.password, m_server.nextTotp(account));
    QSignalSpy finished(job, &client::ApiJob::finished);
    if (!finished.isValid() || !finished.wait(30'000) || !api->isSignedIn())
        return nullptr;
    m_clients.push_back(std::move(api));
    return m_clients.back().get();
}

ui::MainWindow *GuiTestBase::openWindow(TestServer::Account &account, QSize size)
{
    client::ApiClient *api = signIn(account);
    if (!api)
        return nullptr;
    m_windows.push_back(std::make_unique<ui::MainWindow>(api));
    ui::MainWindow *window = m_windows.back().get();
    m_windowClients.insert(window, api);
    // A test says when pages read again; only tests of live data start the change feed.
    window->changeFeed()->stop();
    // Before any answer arrives: the testers see every row the models ever hold.
    watchModels(window);
    window->resize(size);
    window->show();
    if (!QTest::qWaitForWindowExposed(window))
        return nullptr;
    if (!QTest::qWaitFor([window] { return window->hasLoaded(); }, 30'000))
        return nullptr;
    return window;
}

void GuiTestBase::watchModels(ui::MainWindow *window)
{
    for (ui::Page *page : window->pages()) {
        for (QAbstractItemModel *model : page->findChildren<QAbstractItemModel *>()) {
            // The console's own models and proxies, not those inside Qt's widgets.
            const bool ours = qobject_cast<ui::PagedTableModel *>(model)
                || qobject_cast<QSortFilterProxyModel *>(model)
                || (qobject_cast<QStandardItemModel *>(model) && model->parent() == page);
            if (ours)
                watch(model);
        }
    }
}

client::ApiClient *GuiTestBase::clientOf(const ui::MainWindow *window) const
{
    return m_windowClients.value(window);
}

void GuiTestBase::closeWindows()
{
    // Testers first: they watch models owned by the windows.
    m_testers.clear();
    m_windowClients.clear();
    m_windows.clear();
    m_clients.clear();
}

void GuiTestBase::watch(QAbstractItemModel *model)
{
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
        model, QAbstractItemModelTester::FailureReportingMode::QtTest));
}

int GuiTestBase::proxyRowOf(QAbstractItemModel *proxy, qint64 id)
{
    for (int row = 0; row < proxy->rowCount(); ++row) {
        if (proxy->index(row, 0).data(ui::PagedTableModel::IdRole).toLongLong() == id)
            return row;
    }
    return -1;
}

void GuiTestBase::clickRow(ui::DataTableView *view, int row)
{
    view->scrollTo(view->model()->index(row, 0));
    const QRect cell = view->visualRect(view->model()->index(row, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
}

} // namespace cc::test
