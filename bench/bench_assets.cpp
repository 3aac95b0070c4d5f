// The overdue page of a 100,000-asset inventory: the service's first page (the query behind
// GET /assets?state=overdue, with its join and row decoding) next to a raw SQL statement that
// reads the same rows, measured in the same run on the same store.

#include "BenchTable.h"
#include "crypto/Crypto.h"
#include "domain/Roles.h"
#include "service/Accounts.h"
#include "service/Assets.h"
#include "store/Store.h"

#include <algorithm>
#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace cc;

namespace {

constexpr int kAssets = 100'000;
constexpr int kPage = 100;
constexpr int kRounds = 200;

template<typename Work> double medianMicroseconds(Work &&work)
{
    QList<double> times;
    for (int i = 0; i < kRounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(double(timer.nsecsElapsed()) / 1000.0);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments();
    const cc::bench::BenchTable table(arguments);
    if (!crypto::init()) {
        std::fprintf(stderr, "crypto self-test failed\n");
        return 1;
    }
    QTemporaryDir dir;
    const SystemClock clock;
    if (!Store::create(dir.path())) {
        std::fprintf(stderr, "cannot create a store\n");
        return 1;
    }
    Result<std::unique_ptr<Store>> opened = Store::open(dir.path(), clock);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    Store &store = **opened;
    QList<qint64> owners;
    for (int i = 0; i < 20; ++i) {
        NewUser u;
        u.username = QStringLiteral("owner%1").arg(i);
        u.email = u.username + QStringLiteral("@example.com");
        u.displayName = u.username;
        u.roles = {QStringLiteral("manager")};
        u.password = QByteArrayLiteral("a long enough password");
        Result<CreatedUser> created = Accounts(store).addUser(Caller::localOperator(), u);
        if (!created)
            return 1;
        owners << created->user.id;
    }

    // Due dates spread over two years around today: about a quarter are overdue.
    QElapsedTimer fill;
    fill.start();
    const QDate today = clock.now().date();
    Result<int> filled = store.transaction([&]() -> Result<int> {
        for (int i = 0; i < kAssets; ++i) {
            const QDate due = today.addDays(i % 730 - 180);
            Result<Query> q = store.exec(
                QStringLiteral("INSERT INTO assets (name, name_key, kind, owner_id, location, "
                               "description, holds_amazon_data, holds_pii, status, created_at, "
                               "last_review, next_review_due) VALUES (?, ?, ?, ?, '', '', ?, ?, "
                               "'active', ?, ?, ?)"),
                {QStringLiteral("Asset %1").arg(i), QStringLiteral("asset %1").arg(i),
                 assetKinds().at(i % assetKinds().size()), owners.at(i % owners.size()), i % 3 == 0,
                 i % 5 == 0, clock.nowMs(), isoDate(due.addMonths(-6)), isoDate(due)});
            if (!q)
                return q.error();
        }
        return kAssets;
    });
    if (!filled) {
        std::fprintf(stderr, "%s\n", qPrintable(filled.error().message));
        return 1;
    }
    std::printf("inventory: %d assets inserted in %.1f s (SQLite, %s)\n", kAssets,
                double(fill.elapsed()) / 1000.0, qPrintable(dir.path()));

    Caller officer;
    officer.userId = owners.first();
    officer.username = QStringLiteral("owner0");
    officer.roles = {QStringLiteral("compliance_officer")};
    officer.permissions = permissionsForRoles(officer.roles);
    Assets assets(store);
    AssetFilter overdue;
    overdue.state = StateFilter::Overdue;

    QList<qint64> serviceIds;
    const double service = medianMicroseconds([&] {
        Result<Page<Asset>> page = assets.list(officer, overdue, 0, kPage);
        if (!page)
            qFatal("%s", qPrintable(page.error().message));
        serviceIds.clear();
        for (const Asset &a : page->items)
            serviceIds << a.id;
    });

    QList<qint64> rawIds;
    const QString todayText = isoDate(today);
    const double raw = medianMicroseconds([&] {
        Result<Query> q = store.exec(
            QStringLiteral("SELECT a.id, a.name, a.next_review_due, u.username FROM assets a JOIN "
                           "users u ON u.id = a.owner_id WHERE a.status = 'active' AND "
                           "a.next_review_due < ? ORDER BY a.next_review_due, a.id LIMIT ?"),
            {todayText, kPage});
        if (!q)
            qFatal("%s", qPrintable(q.error().message));
        rawIds.clear();
        while (q->next())
            rawIds << q->value(0).toLongLong();
    });

    std::printf("overdue first page (%d rows), median of %d runs:\n", kPage, kRounds);
    std::printf("  Assets::list (service)  %9.1f us\n", service);
    std::printf("  raw SQL, same rows      %9.1f us\n", raw);
    std::printf("  ratio service / raw     %9.2f\n", service / raw);
    if (serviceIds != rawIds) {
        std::printf("MISMATCH: the service and the raw query returned different rows\n");
        return 2;
    }
    std::printf("  same %lld rows in the same order\n", qlonglong(rawIds.size()));
    table.row(QStringLiteral("asset overdue page, %1 of %2 assets").arg(kPage).arg(kAssets),
              QStringLiteral("µs, median"), cc::bench::BenchTable::number(service, 1),
              QStringLiteral("raw SQL query of the same rows"),
              cc::bench::BenchTable::number(raw, 1), service / raw);
    return 0;
}
