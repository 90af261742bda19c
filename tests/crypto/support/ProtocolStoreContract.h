#pragma once

#include <sotto/crypto/ProtocolStore.h>

namespace sotto::crypto::testing {

// The behaviour every ProtocolStore must show, as QtTest checks, so the in-memory store
// and storage's SQLCipher store are held to the same contract. Call it from a QtTest
// slot with an empty store; it fails the current test (QVERIFY/QCOMPARE) on a violation.
// The store is left non-empty.
void checkProtocolStoreContract(ProtocolStore &store);

} // namespace sotto::crypto::testing
