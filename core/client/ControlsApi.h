#pragma once

// The controls and the evidence pack (docs/api.md, "Controls"), and the policy text with its
// acknowledgement ("Policy acknowledgement").

#include "ApiCall.h"
#include "ControlTypes.h"

class QIODevice;

namespace cc::client {

class ApiClient;

class ControlsApi
{
public:
    explicit ControlsApi(ApiClient *client)
        : m_client(client)
    { }

    Call<ControlList> list() const;
    Call<ControlHistory> history(const QString &controlId, int days) const;
    Call<ControlAttestationList> attestations(const QString &controlId) const;
    // GET /evidence?from=YYYY-MM-DD&to=YYYY-MM-DD: the signed evidence pack (application/zip)
    // of the days from `from` to `to`, written to sink as it arrives.
    Call<Done> evidencePack(QDate from, QDate to, QIODevice *sink) const;

private:
    ApiClient *m_client;
};

class PolicyApi
{
public:
    explicit PolicyApi(ApiClient *client)
        : m_client(client)
    { }

    Call<PolicyText> text() const;
    // The version read with text(): the server refuses another (409).
    Call<PolicyText> acknowledge(const QString &version) const;

private:
    ApiClient *m_client;
};

} // namespace cc::client
