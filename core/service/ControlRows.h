#pragma once

// The row type of control attestations, shared by the controls and the evidence pack.

#include "service/Controls.h"
#include "store/RowType.h"
#include "store/Store.h"

namespace cc {

// A control attestation without its document; a query appends its WHERE.
struct AttestationRow
{
    enum Column {
        Id,
        ControlId,
        AttestedBy,
        Note,
        DocumentName,
        DocumentSha256,
        DocumentBytes,
        AttestedAt,
        ExpiresAt,
        ColumnCount
    };
    static constexpr rows::Columns<ColumnCount> columns {{
        {Id, "id"},
        {ControlId, "control_id"},
        {AttestedBy, "attested_by"},
        {Note, "note"},
        {DocumentName, "document_name"},
        {DocumentSha256, "document_sha256"},
        {DocumentBytes, "document_bytes"},
        {AttestedAt, "attested_at"},
        {ExpiresAt, "expires_at"},
    }};
    static_assert(rows::inOrder(columns));
    static inline const QString select = rows::select(columns, "FROM control_attestations ");

    static ControlAttestation read(const Query &q)
    {
        ControlAttestation a;
        a.id = q.value(Id).toLongLong();
        a.controlId = q.value(ControlId).toString();
        a.attestedBy = q.value(AttestedBy).toString();
        a.note = q.value(Note).toString();
        a.documentName = q.value(DocumentName).toString();
        a.documentSha256 = q.value(DocumentSha256).toString();
        a.documentBytes = q.value(DocumentBytes).toLongLong();
        a.attestedAt = q.value(AttestedAt).toLongLong();
        a.expiresAt = q.value(ExpiresAt).toLongLong();
        return a;
    }
};

} // namespace cc
