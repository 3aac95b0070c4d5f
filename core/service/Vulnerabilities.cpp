#include "Vulnerabilities.h"

#include "EvidenceDocument.h"
#include "ServiceSupport.h"
#include "crypto/Crypto.h"
#include "domain/Policy.h"
#include "domain/Roles.h"
#include "store/RowType.h"
#include "store/Store.h"

#include <QRegularExpression>

namespace cc {

using service::eventBy;

namespace {

constexpr int kMaxTextLength = 200;
constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

struct VulnerabilityRow
{
    enum Column {
        Id,
        Source,
        Identifier,
        Severity,
        AssetId,
        Asset,
        Component,
        Title,
        DiscoveredAt,
        DueAt,
        Status,
        RecordedBy,
        ResolvedBy,
        ResolvedAt,
        ResolutionNote,
        EvidenceName,
        EvidenceSha256,
        EvidenceBytes,
        ColumnCount
    };
    static constexpr rows::Columns<ColumnCount> columns {{
        {Id, "v.id"},
        {Source, "v.source"},
        {Identifier, "v.identifier"},
        {Severity, "v.severity"},
        {AssetId, "v.asset_id"},
        {Asset, "a.name"},
        {Component, "v.component"},
        {Title, "v.title"},
        {DiscoveredAt, "v.discovered_at"},
        {DueAt, "v.due_at"},
        {Status, "v.status"},
        {RecordedBy, "v.recorded_by"},
        {ResolvedBy, "v.resolved_by"},
        {ResolvedAt, "v.resolved_at"},
        {ResolutionNote, "v.resolution_note"},
        {EvidenceName, "v.evidence_name"},
        {EvidenceSha256, "v.evidence_sha256"},
        {EvidenceBytes, "v.evidence_bytes"},
    }};
    static_assert(rows::inOrder(columns));
    static inline const QString select
        = rows::select(columns, "FROM vulnerabilities v LEFT JOIN assets a ON a.id = v.asset_id ");

    static Vulnerability read(const Query &q)
    {
        Vulnerability v;
        v.id = q.value(Id).toLongLong();
        v.source = q.value(Source).toString();
        v.identifier = q.value(Identifier).toString();
        v.severity = q.value(Severity).toString();
        v.assetId = q.value(AssetId).toLongLong();
        v.asset = q.value(Asset).toString();
        v.component = q.value(Component).toString();
        v.title = q.value(Title).toString();
        v.discoveredAt = q.value(DiscoveredAt).toLongLong();
        v.dueAt = q.value(DueAt).toLongLong();
        v.status = q.value(Status).toString();
        v.recordedBy = q.value(RecordedBy).toString();
        v.resolvedBy = q.value(ResolvedBy).toString();
        v.resolvedAt = service::optionalTime(q.value(ResolvedAt));
        v.resolutionNote = q.value(ResolutionNote).toString();
        v.evidenceName = q.value(EvidenceName).toString();
        v.evidenceSha256 = q.value(EvidenceSha256).toString();
        v.evidenceBytes = q.value(EvidenceBytes).toLongLong();
        return v;
    }
};

Result<void> needsPermission(const Caller &caller, const char *what)
{
    if (!caller.can(Permission::VulnerabilitiesManage))
        return makeError(ErrorCode::Forbidden,
                         QStringLiteral("%1 needs the vulnerabilities:manage permission")
                             .arg(QLatin1String(what)));
    return {};
}

Result<void> check(const NewVulnerability &v, qint64 now)
{
    static const QRegularExpression source(QStringLiteral("^[a-z0-9][a-z0-9:._-]{0,63}$"));
    static const QRegularExpression identifier(
        QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._:/-]{0,99}$"));
    if (!source.match(v.source).hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("source \"%1\" must be 1 to 64 lower-case letters, digits "
                                        "or \":._-\" (e.g. \"manual\", \"sarif:trivy\")")
                             .arg(v.source));
    if (!identifier.match(v.identifier).hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("identifier \"%1\" must be a CVE or scanner id of 1 to "
                                        "100 letters, digits or \"._:/-\"")
                             .arg(v.identifier));
    if (!vulnerabilitySeverities().contains(v.severity))
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("severity \"%1\" is not one of \"%2\"")
                .arg(v.severity, vulnerabilitySeverities().join(QStringLiteral("\", \""))));
    if (!v.assetId && v.component.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("a finding needs an \"asset_id\" of the asset register "
                                        "or, when none fits, a \"component\""));
    if (v.component.trimmed().size() > kMaxTextLength)
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("component may have at most %1 characters").arg(kMaxTextLength));
    if (v.title.trimmed().isEmpty() || v.title.trimmed().size() > kMaxTextLength)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("title must have 1 to %1 characters").arg(kMaxTextLength));
    if (v.discoveredAt && (*v.discoveredAt > now || *v.discoveredAt <= 0))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("discovered_at must not be in the future"));
    return {};
}

} // namespace

qint64 Vulnerabilities::dueAt(const Policy &policy, const QString &severity, qint64 discoveredAt)
{
    int days = policy.vulnerabilityOtherDays;
    if (severity == QLatin1String("critical"))
        days = policy.vulnerabilityCriticalDays;
    else if (severity == QLatin1String("high"))
        days = policy.vulnerabilityHighDays;
    return discoveredAt + days * kDayMs;
}

Result<Vulnerability> Vulnerabilities::find(qint64 id) const
{
    Result<QList<Vulnerability>> found = rows::readAll<Vulnerability>(
        m_store.exec(VulnerabilityRow::select + QStringLiteral("WHERE v.id = ?"), {id}),
        &VulnerabilityRow::read);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return makeError(ErrorCode::NotFound, QStringLiteral("no such vulnerability"));
    return found->first();
}

Result<void> Vulnerabilities::checkAsset(const std::optional<qint64> &assetId) const
{
    if (!assetId)
        return {};
    Result<std::optional<QVariant>> found = rows::single(m_store.exec(
        QStringLiteral("SELECT id FROM assets WHERE id = ? AND status <> 'retired'"), {*assetId}));
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("asset %1 is not an asset in service").arg(*assetId));
    return {};
}

Result<Page<Vulnerability>> Vulnerabilities::list(const Caller &caller,
                                                  const VulnerabilityFilter &filter, qint64 after,
                                                  int limit) const
{
    if (Result<void> allowed = needsPermission(caller, "reading the vulnerability register");
        !allowed)
        return allowed.error();
    if (!filter.status.isEmpty() && filter.status != QLatin1String("open")
        && filter.status != QLatin1String("resolved"))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("status must be \"open\" or \"resolved\""));
    if (!filter.severity.isEmpty() && !vulnerabilitySeverities().contains(filter.severity))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("severity must be one of \"%1\"")
                             .arg(vulnerabilitySeverities().join(QStringLiteral("\", \""))));
    QString where = QStringLiteral("WHERE v.id > ?");
    QVariantList args {after};
    if (!filter.status.isEmpty()) {
        where += QStringLiteral(" AND v.status = ?");
        args << filter.status;
    }
    if (!filter.severity.isEmpty()) {
        where += QStringLiteral(" AND v.severity = ?");
        args << filter.severity;
    }
    if (filter.source == QLatin1String("sarif")) {
        where += QStringLiteral(" AND v.source LIKE 'sarif:%'");
    } else if (!filter.source.isEmpty()) {
        where += QStringLiteral(" AND v.source = ?");
        args << filter.source;
    }
    if (filter.overdue) {
        where += QStringLiteral(" AND v.status = 'open' AND v.due_at < ?");
        args << m_store.clock().nowMs();
    }
    args << limit + 1;
    return service::readPage<Vulnerability>(
        m_store.exec(VulnerabilityRow::select + where + QStringLiteral(" ORDER BY v.id LIMIT ?"),
                     args),
        limit, &VulnerabilityRow::read);
}

Result<Vulnerability> Vulnerabilities::read(const Caller &caller, qint64 id) const
{
    if (Result<void> allowed = needsPermission(caller, "reading the vulnerability register");
        !allowed)
        return allowed.error();
    return find(id);
}

Result<bool> Vulnerabilities::insert(const Caller &caller, const NewVulnerability &v, qint64 now,
                                     qint64 *id)
{
    const QString component = v.component.trimmed();
    const QVariant asset = service::nullableId(v.assetId.value_or(0));
    Result<std::optional<QVariant>> open = rows::single(m_store.exec(
        QStringLiteral("SELECT id FROM vulnerabilities WHERE source = ? AND identifier = ? AND "
                       "component = ? AND status = 'open' AND COALESCE(asset_id, 0) = ?"),
        {v.source, v.identifier, component, v.assetId.value_or(0)}));
    if (!open)
        return open.error();
    if (*open)
        return false;
    const qint64 discovered = v.discoveredAt.value_or(now);
    Result<qint64> made = rows::insertedId(m_store.exec(
        QStringLiteral("INSERT INTO vulnerabilities (source, identifier, severity, asset_id, "
                       "component, title, discovered_at, due_at, status, recorded_by) VALUES (?, "
                       "?, ?, ?, ?, ?, ?, ?, 'open', ?) RETURNING id"),
        {v.source, v.identifier, v.severity, asset, component, v.title.trimmed(), discovered,
         dueAt(m_store.policy(), v.severity, discovered), caller.username}));
    if (!made)
        return made.error();
    *id = *made;
    return true;
}

Result<Vulnerability> Vulnerabilities::create(const Caller &caller, const NewVulnerability &v)
{
    if (Result<void> allowed = needsPermission(caller, "recording a vulnerability"); !allowed)
        return allowed.error();
    const qint64 now = m_store.clock().nowMs();
    if (Result<void> valid = check(v, now); !valid)
        return valid.error();
    return m_store.transaction([&]() -> Result<Vulnerability> {
        if (Result<void> asset = checkAsset(v.assetId); !asset)
            return asset.error();
        qint64 id = 0;
        Result<bool> added = insert(caller, v, now, &id);
        if (!added)
            return added.error();
        if (!*added)
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("%1 from %2 is already open on that asset")
                                 .arg(v.identifier, v.source));
        if (Result<AuditEvent> logged
            = audit::append(m_store,
                            eventBy(caller, QStringLiteral("vulnerability.create"),
                                    QStringLiteral("vulnerability"), QString::number(id),
                                    QStringLiteral("source=%1 identifier=%2 severity=%3 asset=%4 "
                                                   "component=%5")
                                        .arg(v.source, v.identifier, v.severity)
                                        .arg(v.assetId.value_or(0))
                                        .arg(v.component.trimmed())));
            !logged)
            return logged.error();
        return find(id);
    });
}

Result<Vulnerability> Vulnerabilities::resolve(const Caller &caller, qint64 id,
                                               const VulnerabilityResolution &r)
{
    if (Result<void> allowed = needsPermission(caller, "resolving a vulnerability"); !allowed)
        return allowed.error();
    if (r.note.trimmed().isEmpty() || r.note.trimmed().size() > 2000)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("a resolution needs a note of 1 to 2000 characters"));
    if (Result<void> valid = checkEvidenceDocument(r.evidenceName, r.evidence); !valid)
        return valid.error();
    return m_store.transaction([&]() -> Result<Vulnerability> {
        Result<Vulnerability> before = find(id);
        if (!before)
            return before;
        if (before->status != QLatin1String("open"))
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("vulnerability %1 is already resolved").arg(id));
        Result<EvidenceDocument> document
            = sealEvidenceDocument(m_store, QStringLiteral("vulnerabilities"),
                                   QStringLiteral("evidence"), id, r.evidenceName, r.evidence);
        if (!document)
            return document.error();
        if (Result<Query> done = m_store.exec(
                QStringLiteral("UPDATE vulnerabilities SET status = 'resolved', resolved_by_id = "
                               "?, resolved_by = ?, resolved_at = ?, resolution_note = ?, "
                               "evidence_name = ?, evidence_sha256 = ?, evidence_bytes = ?, "
                               "evidence = ? WHERE id = ? AND status = 'open'"),
                {service::nullableId(caller.userId), caller.username, m_store.clock().nowMs(),
                 r.note.trimmed(), document->name, document->sha256, document->bytes,
                 document->sealed, id});
            !done)
            return done.error();
        if (Result<AuditEvent> logged
            = audit::append(m_store,
                            eventBy(caller, QStringLiteral("vulnerability.resolve"),
                                    QStringLiteral("vulnerability"), QString::number(id),
                                    QStringLiteral("identifier=%1 evidence=%2 bytes=%3 sha256=%4")
                                        .arg(before->identifier, document->name)
                                        .arg(document->bytes)
                                        .arg(document->sha256)));
            !logged)
            return logged.error();
        return find(id);
    });
}

Result<ImportOutcome> Vulnerabilities::import(const Caller &caller, const VulnerabilityImport &in)
{
    if (Result<void> allowed = needsPermission(caller, "importing vulnerabilities"); !allowed)
        return allowed.error();
    Result<QList<ScannedFinding>> scanned = in.format == QLatin1String("sarif")
        ? parseSarif(in.content)
        : in.format == QLatin1String("debsecan") ? parseDebsecan(QString::fromUtf8(in.content))
        : in.format == QLatin1String("debsecan-detail")
        ? parseDebsecanDetail(QString::fromUtf8(in.content))
        : Result<QList<ScannedFinding>>(makeError(ErrorCode::InvalidInput,
                                                  QStringLiteral("format must be \"sarif\", "
                                                                 "\"debsecan\" or "
                                                                 "\"debsecan-detail\"")));
    if (!scanned)
        return scanned.error();
    const qint64 now = m_store.clock().nowMs();
    QList<NewVulnerability> findings;
    for (qsizetype i = 0; i < scanned->size(); ++i) {
        const ScannedFinding &s = scanned->at(i);
        NewVulnerability v {s.source,
                            s.identifier,
                            s.severity,
                            in.assetId,
                            in.component.isEmpty() ? s.component : in.component,
                            s.title,
                            now};
        if (Result<void> valid = check(v, now); !valid)
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("finding %1 (%2): %3")
                                 .arg(i + 1)
                                 .arg(s.identifier, valid.error().message));
        findings.append(v);
    }
    return m_store.transaction([&]() -> Result<ImportOutcome> {
        if (Result<void> asset = checkAsset(in.assetId); !asset)
            return asset.error();
        ImportOutcome outcome;
        for (const NewVulnerability &v : std::as_const(findings)) {
            qint64 id = 0;
            Result<bool> added = insert(caller, v, now, &id);
            if (!added)
                return added.error();
            ++(*added ? outcome.added : outcome.alreadyOpen);
        }
        if (Result<AuditEvent> logged = audit::append(
                m_store,
                eventBy(caller, QStringLiteral("vulnerability.import"),
                        QStringLiteral("vulnerability"), QString(),
                        QStringLiteral("format=%1 added=%2 already_open=%3 asset=%4 sha256=%5")
                            .arg(in.format)
                            .arg(outcome.added)
                            .arg(outcome.alreadyOpen)
                            .arg(in.assetId.value_or(0))
                            .arg(QString::fromLatin1(crypto::sha256(in.content).toHex()))));
            !logged)
            return logged.error();
        return outcome;
    });
}

} // namespace cc
