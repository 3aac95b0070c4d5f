#pragma once

// What every GUI test starts from: a real compliance-stored (tests/common TestServer), clients
// signed in with the server's certificate pinned, and the console's real MainWindow opened once
// per person, shown, loaded, with every table model of every page watched by
// QAbstractItemModelTester from before its first row. A test then says only what it checks.

#include "ApiClient.h"
#include "CertificateTrust.h"
#include "TestServer.h"
#include "shell/MainWindow.h"

#include <memory>
#include <vector>

#include <QAbstractItemModelTester>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTest>

namespace cc::ui {
class DataTableView;
}

namespace cc::test {

class GuiTestBase : public QObject
{
    Q_OBJECT

public:
    GuiTestBase();
    ~GuiTestBase() override;

protected:
    // Starts the server on a new store; false with errorString() when it cannot.
    bool startServer(const QStringList &arguments = {});
    QString errorString() const { return m_server.errorString(); }

    // A client signed in as account with the server's certificate pinned; owned here.
    client::ApiClient *signIn(TestServer::Account &account);
    // account's console: signed in, shown at size, every page loaded; owned here. Its change
    // feed is stopped (pages read again when the test says so); tests of live data start it.
    ui::MainWindow *openWindow(TestServer::Account &account, QSize size = {1280, 800});
    // The client a window opened by openWindow() talks through.
    client::ApiClient *clientOf(const ui::MainWindow *window) const;
    // Closes every window and signs every client out (models' testers first).
    void closeWindows();

    void watch(QAbstractItemModel *model);
    static int proxyRowOf(QAbstractItemModel *proxy, qint64 id);
    static void clickRow(ui::DataTableView *view, int row);
    // The dialog of type D that parent opened (named name when given), once it is visible.
    template<typename D> D *waitForDialog(QWidget *parent, const QString &name = {})
    {
        QPointer<D> dialog;
        for (int i = 0; i < 200 && !(dialog && dialog->isVisible()); ++i) {
            dialog = name.isEmpty() ? parent->findChild<D *>() : parent->findChild<D *>(name);
            if (!(dialog && dialog->isVisible()))
                QTest::qWait(25);
        }
        return dialog && dialog->isVisible() ? dialog.data() : nullptr;
    }

    TestServer m_server;
    client::InMemoryCertificateTrust m_pinned;

private:
    void watchModels(ui::MainWindow *window);

    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    std::vector<std::unique_ptr<ui::MainWindow>> m_windows;
    std::vector<std::unique_ptr<client::ApiClient>> m_clients;
    QHash<const ui::MainWindow *, client::ApiClient *> m_windowClients;
};

} // namespace cc::test
