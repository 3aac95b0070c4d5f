target_sources(cc_core PRIVATE
    Clock.h
    domain/Policy.h domain/Policy.cpp
    domain/Roles.h domain/Roles.cpp
    domain/Types.h domain/Types.cpp
    domain/AccessRules.h domain/AccessRules.cpp
    domain/AssetRules.h domain/AssetRules.cpp
    domain/AssetCsv.h domain/AssetCsv.cpp
    store/DataDir.h
    store/Dialect.h store/Dialect.cpp
    store/Schema.h store/Schema.cpp
    store/Store.h store/Store.cpp
    audit/AuditLog.h audit/AuditLog.cpp
    service/ServiceSupport.h
    service/Accounts.h service/Accounts.cpp
    service/AccessControl.h service/AccessControl.cpp
    service/Assets.h service/Assets.cpp
    service/Notifications.h service/Notifications.cpp
    service/DemoAssets.h service/DemoAssets.cpp
    json/Json.h json/Json.cpp
    service/DemoData.h service/DemoData.cpp
)
