#include "ControlTypes.h"

#include "ApiTypes.h"

#include <QJsonArray>

namespace cc::client {

namespace {

template<typename T> QList<T> readItems(const QJsonObject &json, QLatin1StringView key)
{
    QList<T> items;
    const QJsonArray array = json.value(key).toArray();
    items.reserve(array.size());
    for (const QJsonValue &item : array)
        items.append(T::fromJson(item.toObject()));
    return items;
}

} // namespace

ControlEvidence ControlEvidence::fromJson(const QJsonObject &j)
{
    return {j.value(QLatin1StringView("label")).toString(),
            j.value(QLatin1StringView("count")).toInteger(),
            j.value(QLatin1StringView("object_type")).toString(),
            j.value(QLatin1StringView("filter")).toString()};
}

Control Control::fromJson(const QJsonObject &j)
{
    Control c;
    c.id = j.value(QLatin1StringView("id")).toString();
    c.group = j.value(QLatin1StringView("group")).toString();
    c.policyText = j.value(QLatin1StringView("policy_text")).toString();
    c.owner = j.value(QLatin1StringView("owner")).toString();
    c.status = j.value(QLatin1StringView("status")).toString();
    c.summary = j.value(QLatin1StringView("summary")).toString();
    c.evaluatedAt = parseTime(j.value(QLatin1StringView("evaluated_at")));
    c.evidence = readItems<ControlEvidence>(j, QLatin1StringView("evidence"));
    return c;
}

ControlList ControlList::fromJson(const QJsonObject &j)
{
    return {readItems<Control>(j, QLatin1StringView("items"))};
}

ControlDay ControlDay::fromJson(const QJsonObject &j)
{
    return {QDate::fromString(j.value(QLatin1StringView("day")).toString(), Qt::ISODate),
            j.value(QLatin1StringView("status")).toString(),
            j.value(QLatin1StringView("summary")).toString(),
            j.value(QLatin1StringView("policy_version")).toString()};
}

ControlHistory ControlHistory::fromJson(const QJsonObject &j)
{
    ControlHistory h;
    h.control = j.value(QLatin1StringView("control")).toString();
    h.compliantSince
        = QDate::fromString(j.value(QLatin1StringView("compliant_since")).toString(), Qt::ISODate);
    h.items = readItems<ControlDay>(j, QLatin1StringView("items"));
    return h;
}

ControlAttestation ControlAttestation::fromJson(const QJsonObject &j)
{
    ControlAttestation a;
    a.id = j.value(QLatin1StringView("id")).toInteger();
    a.control = j.value(QLatin1StringView("control")).toString();
    a.attestedBy = j.value(QLatin1StringView("attested_by")).toString();
    a.note = j.value(QLatin1StringView("note")).toString();
    a.documentName = j.value(QLatin1StringView("document_name")).toString();
    a.documentSha256 = j.value(QLatin1StringView("document_sha256")).toString();
    a.documentBytes = j.value(QLatin1StringView("document_bytes")).toInteger();
    a.attestedAt = parseTime(j.value(QLatin1StringView("attested_at")));
    a.expiresAt = parseTime(j.value(QLatin1StringView("expires_at")));
    return a;
}

ControlAttestationList ControlAttestationList::fromJson(const QJsonObject &j)
{
    return {readItems<ControlAttestation>(j, QLatin1StringView("items"))};
}

PolicyText PolicyText::fromJson(const QJsonObject &j)
{
    PolicyText p;
    p.version = j.value(QLatin1StringView("version")).toString();
    p.sha256 = j.value(QLatin1StringView("sha256")).toString();
    p.text = j.value(QLatin1StringView("text")).toString();
    p.acknowledgedAt = parseTime(j.value(QLatin1StringView("acknowledged_at")));
    p.dueAt = parseTime(j.value(QLatin1StringView("due_at")));
    p.standing = j.value(QLatin1StringView("standing")).toString();
    return p;
}

} // namespace cc::client
