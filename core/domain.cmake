target_sources(cc_core PRIVATE
    Clock.h
    Staged.h
    domain/Policy.h domain/Policy.cpp
    domain/PasswordRules.h domain/PasswordRules.cpp
    domain/Roles.h domain/Roles.cpp
    domain/Types.h domain/Types.cpp
    domain/OrderRecords.h
    domain/IncidentRecords.h
    domain/AccessReviewRecords.h
    domain/AccessRules.h domain/AccessRules.cpp
    domain/AssetRules.h domain/AssetRules.cpp
    domain/AssetCsv.h domain/AssetCsv.cpp
    domain/IncidentRules.h domain/IncidentRules.cpp
    store/DataDir.h store/DataDir.cpp
    store/Dialect.h store/Dialect.cpp
    store/Schema.h store/Schema.cpp
    store/PgPipeline.h store/PgPipeline.cpp
    store/SentRead.h
    store/ColumnBytes.h
    store/SqliteStatement.h store/SqliteStatement.cpp
    store/Store.h store/Store.cpp
    store/KeyRotation.h store/KeyRotation.cpp
    store/ShredLog.h store/ShredLog.cpp
    store/Backup.h store/Backup.cpp
    store/RowType.h
    audit/AuditLog.h audit/AuditLog.cpp
    audit/SigningKey.h audit/SigningKey.cpp
    service/ServiceSupport.h service/ServiceSupport.cpp
    service/Accounts.h service/Accounts.cpp
    service/AccountSignIn.cpp service/AccountEnrolment.cpp
    service/AccountSupport.h service/AccountSupport.cpp
    service/AccessControl.h service/AccessControl.cpp
    service/SeparationOfDuties.h service/SeparationOfDuties.cpp
    service/Assets.h service/Assets.cpp
    service/Notifications.h service/Notifications.cpp
    service/Changes.h service/Changes.cpp
    service/Incidents.h service/Incidents.cpp
    service/MyTasks.h service/MyTasks.cpp
    service/Dashboard.h service/Dashboard.cpp
    service/IncidentContacts.h service/IncidentContacts.cpp
    service/Reminders.h service/Reminders.cpp
    service/Outbox.h service/Outbox.cpp
    service/DemoAssets.h service/DemoAssets.cpp
    service/DemoIncidents.h service/DemoIncidents.cpp
    json/Json.h json/Json.cpp
    json/JsonWriter.h json/JsonWriter.cpp
    json/IncidentJson.h json/IncidentJson.cpp
    mail/SmtpMailer.h mail/SmtpMailer.cpp
    service/DemoData.h service/DemoData.cpp
    domain/OrderBatch.h domain/OrderBatch.cpp
    service/Orders.h service/Orders.cpp
    service/LegalHolds.h service/LegalHolds.cpp
    service/DemoOrders.h service/DemoOrders.cpp
    service/ReturnArchive.h service/ReturnArchive.cpp
    json/OrderJson.h json/OrderJson.cpp
    service/Monitoring.h service/Monitoring.cpp
    service/NotificationMail.h service/NotificationMail.cpp
    service/AuditWatch.h service/AuditWatch.cpp
    service/AccessReviews.h service/AccessReviews.cpp
    json/AccessReviewJson.h json/AccessReviewJson.cpp
)
