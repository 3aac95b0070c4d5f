# Controls: the policy text shipped with the build (policy/POLICY-<version>.txt, compiled in so
# the store can record which version it evaluated against), the catalogue and its evaluation.
set(CC_POLICY_VERSION "v1")
set(CC_POLICY_FILE ${CMAKE_SOURCE_DIR}/policy/POLICY-${CC_POLICY_VERSION}.txt)
file(READ ${CC_POLICY_FILE} CC_POLICY_TEXT)
configure_file(domain/PolicyText.h.in ${CMAKE_CURRENT_BINARY_DIR}/generated/PolicyText.h @ONLY)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${CC_POLICY_FILE})
target_include_directories(cc_core PUBLIC ${CMAKE_CURRENT_BINARY_DIR}/generated)
target_sources(cc_core PRIVATE
    store/RowType.h
    domain/ControlCatalogue.h domain/ControlCatalogue.cpp
    service/Controls.h service/Controls.cpp service/ControlRows.h
    service/Devices.h service/Devices.cpp
    service/Vulnerabilities.h service/Vulnerabilities.cpp
    service/EvidenceDocument.h service/EvidenceDocument.cpp
    service/ThirdParties.h service/ThirdParties.cpp
    domain/SecretShapes.h domain/SecretShapes.cpp
    domain/VulnerabilityImport.h domain/VulnerabilityImport.cpp
    service/PolicyAcknowledgements.h service/PolicyAcknowledgements.cpp
    service/PiiReadCaps.h service/PiiReadCaps.cpp
)
