# compliance_add_test(NAME <name> SOURCES <files...> LIBS <targets...> [GUI] [POSTGRES | POSTGRES_ONLY]
#                     [SOFTHSM] [TIMEOUT <s>])
# The one way a test is registered: a Qt Test executable, a fixed locale, labels by folder,
# a timeout, and the offscreen platform for GUI tests. POSTGRES registers the same executable
# a second time as <name>_pg, run against the throwaway PostgreSQL cluster (fixture "pg");
# POSTGRES_ONLY registers only that one. SOFTHSM registers it as <name>_softhsm too, with the
# store's master key in a throwaway SoftHSM token (tests/common/SoftHsmToken.h).
function(compliance_add_test)
    cmake_parse_arguments(ARG "GUI;POSTGRES;POSTGRES_ONLY;SOFTHSM" "NAME;TIMEOUT" "SOURCES;LIBS" ${ARGN})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    qt_add_executable(${ARG_NAME} ${ARG_SOURCES})
    set_target_properties(${ARG_NAME} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
    target_link_libraries(${ARG_NAME} PRIVATE Qt6::Test ${ARG_LIBS})
    get_filename_component(label ${CMAKE_CURRENT_SOURCE_DIR} NAME)
    set(env "LANG=C.UTF-8" "LC_ALL=C.UTF-8"
            "COMPLIANCE_BIN_DIR=${CMAKE_BINARY_DIR}/bin")
    if(ARG_GUI)
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
        set(label "${label};gui")
    endif()
    if(NOT ARG_POSTGRES_ONLY)
        add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
        set_tests_properties(${ARG_NAME} PROPERTIES
            TIMEOUT ${ARG_TIMEOUT} LABELS "${label}" ENVIRONMENT "${env}")
    endif()
    if(ARG_POSTGRES OR ARG_POSTGRES_ONLY)
        add_test(NAME ${ARG_NAME}_pg COMMAND ${ARG_NAME})
        set_tests_properties(${ARG_NAME}_pg PROPERTIES
            TIMEOUT ${ARG_TIMEOUT} LABELS "${label};postgres" FIXTURES_REQUIRED pg
            ENVIRONMENT "${env};COMPLIANCE_TEST_PG=${COMPLIANCE_PG_CLUSTER_DIR}")
    endif()
    if(ARG_SOFTHSM)
        add_test(NAME ${ARG_NAME}_softhsm COMMAND ${ARG_NAME})
        set_tests_properties(${ARG_NAME}_softhsm PROPERTIES
            TIMEOUT ${ARG_TIMEOUT} LABELS "${label};softhsm"
            ENVIRONMENT "${env};COMPLIANCE_TEST_SOFTHSM=1")
    endif()
endfunction()
