# The crypto facade: published vectors and the at-rest rules. Links only the crypto library.
compliance_add_test(NAME tst_crypto SOURCES tst_crypto.cpp LIBS cc_crypto)
