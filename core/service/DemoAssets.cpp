#include "DemoAssets.h"

#include "DemoData.h"
#include "service/Assets.h"
#include "service/Vulnerabilities.h"
#include "store/RowType.h"
#include "store/Store.h"

namespace cc::demo {

namespace {

struct DemoAsset
{
    const char *name;
    const char *kind;
    const char *owner;
    const char *location;
    const char *description;
    bool amazon;
    bool pii;
    // Days ago of each past review, oldest first; the last one sets the next due date. 0: the
    // asset was added recently and has never been reviewed.
    std::initializer_list<int> reviewsDaysAgo;
    const char *lastNote;
};

// With six-month reviews (~182 days): a last review ~190 days ago is overdue, ~178 is due this
// week, ~160 is due soon.
const DemoAsset kAssets[] = {
    {"Order ingestion server (ord-ingest-01)",
     "server",
     "mark.jensen",
     "Hetzner FSN1, rack 12",
     "Pulls SP-API orders every 15 minutes and writes them to the orders database.",
     true,
     true,
     {380, 196},
     "Patched to current kernel; SP-API credentials rotated."},
    {"Orders database (PostgreSQL primary)",
     "database",
     "mark.jensen",
     "Hetzner FSN1, rack 12",
     "Encrypted PII columns; purge job removes PII 30 days after fulfilment.",
     true,
     true,
     {370, 178},
     "Purge job verified on a sample of 50 orders."},
    {"Orders database replica",
     "database",
     "mark.jensen",
     "Hetzner NBG1",
     "Streaming replica for reporting; same encryption as the primary.",
     true,
     true,
     {365, 160},
     "Replica lag alerting confirmed."},
    {"Warehouse label printer gateway",
     "network_device",
     "li.wei",
     "Warehouse Leipzig, dock 3",
     "Prints shipping labels from the fulfilment queue; keeps no history.",
     true,
     true,
     {400, 205},
     "Firmware update pending from vendor."},
    {"Customer service helpdesk (Zendesk)",
     "saas",
     "bob.baker",
     "Zendesk EU region",
     "Buyer tickets; buyer names and e-mail addresses appear in tickets.",
     true,
     true,
     {330, 150},
     "Agent list matches current staff; SSO enforced."},
    {"Analytics warehouse (BigQuery)",
     "cloud_service",
     "priya.shah",
     "GCP europe-west3",
     "Anonymised aggregates only; no order-level PII.",
     true,
     false,
     {300, 120},
     "Confirmed no PII columns in the aggregate tables."},
    {"Finance payouts spreadsheet",
     "data_store",
     "emma.larsen",
     "Google Drive, Finance shared drive",
     "Monthly payout reconciliation per client; totals only.",
     true,
     false,
     {200, 186},
     "Sharing restricted to Finance group."},
    {"Backup bucket (orders, encrypted)",
     "cloud_service",
     "mark.jensen",
     "Backblaze B2 EU",
     "Nightly encrypted dumps of the orders database, 30-day lifecycle.",
     true,
     true,
     {360, 175},
     "Restore test completed in 41 minutes."},
    {"Office firewall",
     "network_device",
     "alice.moreau",
     "Office Berlin, server room",
     "Perimeter firewall; VPN for remote staff.",
     false,
     false,
     {340, 170},
     "Rules reviewed; two stale VPN accounts removed."},
    {"VPN concentrator",
     "network_device",
     "alice.moreau",
     "Office Berlin, server room",
     "WireGuard; access limited to staff laptops.",
     false,
     false,
     {320, 140},
     "Peer list matches laptop inventory."},
    {"Laptop LT-014 (Bob Baker)",
     "laptop",
     "bob.baker",
     "Remote, Hamburg",
     "Full-disk encryption, MDM-managed.",
     false,
     false,
     {250, 100},
     "Encryption and MDM checked."},
    // The demo officer's own laptop, overdue, so her Tasks page shows what overdue looks like.
    {"Laptop LT-007 (Carol Nguyen)",
     "laptop",
     "carol.nguyen",
     "Office Berlin",
     "Full-disk encryption, MDM-managed; holds the console's device token.",
     false,
     false,
     {385, 194},
     "Encryption and MDM checked."},
    {"Laptop LT-021 (Priya Shah)",
     "laptop",
     "priya.shah",
     "Office Berlin",
     "Full-disk encryption, MDM-managed.",
     false,
     false,
     {230, 80},
     "OK."},
    {"Laptop LT-022 (Li Wei)",
     "laptop",
     "li.wei",
     "Warehouse Leipzig",
     "Shared warehouse office laptop; kiosk profile.",
     false,
     false,
     {210, 189},
     "Kiosk profile re-applied after update."},
    {"Laptop LT-030 (Emma Larsen)",
     "laptop",
     "emma.larsen",
     "Office Berlin",
     "Full-disk encryption, MDM-managed.",
     false,
     false,
     {190, 20},
     "OK."},
    {"Laptop LT-031 (Sam Okoye)",
     "laptop",
     "sam.okoye",
     "Remote, Lisbon",
     "Issued at onboarding; encryption verified at hand-over.",
     false,
     false,
     {0},
     nullptr},
    {"Source code hosting (GitHub)",
     "saas",
     "tomas.rivera",
     "GitHub.com organisation",
     "Application code; secrets scanning on; no customer data.",
     false,
     false,
     {280, 95},
     "2FA enforced for all members."},
    {"CI runners",
     "server",
     "tomas.rivera",
     "Hetzner FSN1",
     "Build and test runners; synthetic test data only.",
     false,
     false,
     {260, 60},
     "Runner images rebuilt."},
    {"SP-API credentials vault",
     "cloud_service",
     "tomas.rivera",
     "HashiCorp Vault, Hetzner FSN1",
     "LWA client secrets and refresh tokens per client account.",
     true,
     false,
     {370, 184},
     "Access policy narrowed to the ingestion service."},
    {"E-mail (Google Workspace)",
     "saas",
     "alice.moreau",
     "Google Workspace EU",
     "Company e-mail; buyer messages may be forwarded from the helpdesk.",
     true,
     true,
     {300, 130},
     "DLP rule for order numbers in outgoing mail enabled."},
    {"HR records system",
     "saas",
     "nina.hoffmann",
     "Personio EU",
     "Employee records (not Amazon data).",
     false,
     true,
     {220, 40},
     "Access list reviewed."},
    {"Returns processing station",
     "server",
     "li.wei",
     "Warehouse Leipzig, returns desk",
     "Scans returned parcels and matches them to orders.",
     true,
     true,
     {350, 179},
     "Local cache cleared nightly; confirmed."},
    {"Carrier claims folder",
     "data_store",
     "bob.baker",
     "SharePoint, Customer Service site",
     "Claim documents with delivery addresses; deleted after claim closes.",
     true,
     true,
     {320, 188},
     "Twelve closed claims still present; cleanup requested."},
    {"Old reporting server (rpt-01)",
     "server",
     "mark.jensen",
     "Office Berlin, server room",
     "Replaced by the analytics warehouse.",
     false,
     false,
     {400, 210},
     nullptr},
    {"Monitoring (Grafana Cloud)",
     "saas",
     "alice.moreau",
     "Grafana Cloud EU",
     "Metrics and logs; log scrubbing removes buyer e-mail addresses.",
     false,
     false,
     {240, 155},
     "Scrubbing rule tested."},
    {"Board pack drive",
     "data_store",
     "nina.hoffmann",
     "Google Drive, Board shared drive",
     "Quarterly revenue aggregates per marketplace.",
     true,
     false,
     {260, 174},
     "Sharing limited to the board."},
};

constexpr qint64 kDayMs = 24 * 3600 * 1000;

// The asset's past reviews by its owner, the last one with the note that matters.
Result<void> recordReviews(Assets &assets, const Caller &reviewer, qint64 assetId,
                           const DemoAsset &d, const QDate &today)
{
    const std::initializer_list<int> reviews = d.reviewsDaysAgo;
    int index = 0;
    for (int daysAgo : reviews) {
        const bool last = ++index == int(reviews.size());
        NewReview r;
        r.date = today.addDays(-daysAgo);
        const bool retire = last && !d.lastNote;
        r.outcome = retire ? QStringLiteral("retired")
            : last && QString::fromUtf8(d.lastNote).contains(QStringLiteral("pending"))
            ? QStringLiteral("changes_required")
            : QStringLiteral("confirmed");
        r.note = last ? (retire ? QStringLiteral("Decommissioned; disks wiped and certified.")
                                : QString::fromUtf8(d.lastNote))
                      : QStringLiteral("Owner, location and data flags confirmed.");
        if (QString::fromUtf8(d.lastNote).contains(QStringLiteral("requested")) && last)
            r.outcome = QStringLiteral("changes_required");
        Result<RecordedReview> recorded = assets.recordReview(reviewer, assetId, r);
        if (!recorded)
            return recorded.error();
    }
    return {};
}

} // namespace

Result<int> seedAssets(Store &store)
{
    Assets assets(store);
    const Caller system = Caller::localOperator();
    const QDate today = assets.today();
    int count = 0;
    for (const DemoAsset &d : kAssets) {
        const std::initializer_list<int> reviews = d.reviewsDaysAgo;
        const int firstDaysAgo = *reviews.begin();
        NewAsset a;
        a.name = QString::fromUtf8(d.name);
        a.kind = QString::fromUtf8(d.kind);
        a.owner = QString::fromUtf8(d.owner);
        a.location = QString::fromUtf8(d.location);
        a.description = QString::fromUtf8(d.description);
        a.holdsAmazonData = d.amazon;
        a.holdsPii = d.pii;
        Result<Asset> created = assets.create(system, a);
        if (!created)
            return created.error();
        // As if added to the inventory before its first review.
        const int addedDaysAgo = firstDaysAgo == 0 ? 3 : firstDaysAgo + 14;
        if (Result<Query> moved = store.exec(
                QStringLiteral("UPDATE assets SET created_at = created_at - ?, next_review_due = ? "
                               "WHERE id = ?"),
                {qint64(addedDaysAgo) * kDayMs,
                 isoDate(nextReviewDue(today.addDays(-addedDaysAgo), store.policy())),
                 created->id});
            !moved)
            return moved.error();
        if (firstDaysAgo == 0) {
            ++count;
            continue;
        }
        // Each review by its owner.
        Result<Caller> reviewer = person(store, a.owner);
        if (!reviewer)
            return reviewer.error();
        if (Result<void> reviewed = recordReviews(assets, *reviewer, created->id, d, today);
            !reviewed)
            return reviewed.error();
        ++count;
    }
    return count;
}

Result<int> seedVulnerabilities(Store &store)
{
    Result<Caller> manager = person(store, QStringLiteral("mark.jensen"));
    if (!manager)
        return manager.error();
    Result<std::optional<QVariant>> server = rows::single(
        store.exec(QStringLiteral("SELECT id FROM assets WHERE name LIKE 'Order ingestion%'")));
    if (!server)
        return server.error();
    const std::optional<qint64> onServer
        = *server ? std::optional<qint64>((*server)->toLongLong()) : std::nullopt;
    const qint64 now = store.clock().nowMs();
    // One critical finding past its seven days, one high due this month, the rest from a
    // debsecan run this morning; one resolved with its evidence.
    const struct
    {
        const char *source;
        const char *identifier;
        const char *severity;
        bool onAsset;
        const char *component;
        const char *title;
        int daysAgo;
    } findings[] = {
        {"manual", "CVE-2024-3094", "critical", true, "liblzma5",
         "xz-utils: malicious code in liblzma", 9},
        {"sarif:trivy", "CVE-2023-44487", "high", true, "nginx", "HTTP/2 rapid reset", 12},
        {"debsecan", "CVE-2023-5678", "medium", true, "libssl3", "openssl: DH check is slow", 0},
        {"debsecan", "CVE-2023-4039", "low", true, "gcc-12-base",
         "gcc: -fstack-protector misses dynamic arrays on arm64", 0},
        {"manual", "weak-cipher-config", "medium", false, "VPN gateway",
         "TLS configuration allows a weak cipher", 20},
    };
    Vulnerabilities vulnerabilities(store);
    int count = 0;
    for (const auto &f : findings) {
        Result<Vulnerability> made = vulnerabilities.create(
            *manager,
            {QString::fromLatin1(f.source), QString::fromLatin1(f.identifier),
             QString::fromLatin1(f.severity), f.onAsset ? onServer : std::nullopt,
             QString::fromLatin1(f.component), QString::fromLatin1(f.title),
             now - qint64(f.daysAgo) * kDayMs - 3600 * 1000});
        if (!made)
            return made.error();
        ++count;
        if (qstrcmp(f.identifier, "weak-cipher-config") == 0) {
            Result<Vulnerability> resolved = vulnerabilities.resolve(
                *manager, made->id,
                {QStringLiteral("Removed the CBC suites from the gateway; testssl.sh clean."),
                 QStringLiteral("testssl-vpn.txt"),
                 QByteArrayLiteral("testssl.sh 3.2: no weak cipher offered\n")});
            if (!resolved)
                return resolved.error();
        }
    }
    return count;
}

} // namespace cc::demo
