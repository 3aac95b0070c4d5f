# The crypto facade: published vectors and the at-rest rules. Links only the crypto library.
# tst_crypto_softhsm runs it again with a throwaway SoftHSM token for the PKCS#11 tests.
compliance_add_test(NAME tst_crypto SOURCES tst_crypto.cpp LIBS cc_crypto PkgConfig::P11KIT SOFTHSM)
target_include_directories(tst_crypto PRIVATE ${CMAKE_SOURCE_DIR}/tests/common)
