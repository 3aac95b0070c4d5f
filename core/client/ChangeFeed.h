#pragma once

// Live data: the console asks the server every few seconds what changed (GET /changes,
// docs/api.md "Change feed") and tells its pages which kinds of objects did, so each reloads
// only when its own data is stale. The answer names kinds only, never objects.

#include "ApiCall.h"

#include <QObject>
#include <QStringList>

class QTimer;

namespace cc::client {

class ApiClient;

// The kinds GET /changes names.
namespace change {
inline constexpr char AccessRequests[] = "access_requests";
inline constexpr char Grants[] = "grants";
inline constexpr char Users[] = "users";
inline constexpr char Assets[] = "assets";
inline constexpr char Incidents[] = "incidents";
inline constexpr char Alerts[] = "alerts";
inline constexpr char AccessReviews[] = "access_reviews";
inline constexpr char Retention[] = "retention";
inline constexpr char Notifications[] = "notifications";
inline constexpr char Vulnerabilities[] = "vulnerabilities";
inline constexpr char Devices[] = "devices";
inline constexpr char ThirdParties[] = "third_parties";
} // namespace change

struct ChangeSet
{
    QString cursor; // opaque: give it back as `after`
    QStringList kinds;

    static ChangeSet fromJson(const QJsonObject &json);
};

class ChangesApi
{
public:
    explicit ChangesApi(ApiClient *client)
        : m_client(client)
    { }

    // cursor empty: the first question, answered with a cursor and no kinds.
    Call<ChangeSet> since(const QString &cursor) const;

private:
    ApiClient *m_client;
};

class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultIntervalMs = 4000;

    explicit ChangeFeed(ApiClient *client, QObject *parent = nullptr);
    ~ChangeFeed() override;

    void setInterval(int ms);
    int interval() const;
    // Starts asking (at once for a cursor, then every interval); stop() forgets the cursor.
    void start();
    void stop();
    bool isRunning() const;
    // The server has answered once: changes from now on will be told.
    bool hasCursor() const { return !m_cursor.isEmpty(); }
    // Asks now instead of at the next tick (nothing happens while a question is open).
    void pollNow();

signals:
    // Objects of these kinds changed since the last answer (never empty).
    void changed(const QStringList &kinds);

private:
    ApiClient *m_client;
    QTimer *m_timer;
    QString m_cursor;
    ApiJob *m_job = nullptr;
};

} // namespace cc::client
