#pragma once

// Shared by make-profile and the storage benchmarks: what a generated profile looks like,
// so the benchmarks know which conversation is the big one and which words are rare.
#include <QString>

#include <cstdint>

namespace sotto::bench {

inline const QString kBenchPassphrase = QStringLiteral("sotto-bench-passphrase");
inline const QString kAccountJid = QStringLiteral("bench@example.org");
inline const QString kLargestPeer = QStringLiteral("peer0@example.org"); // the one with half the messages
inline const QString kRareWord = QStringLiteral("quokka");               // in exactly kRareCount messages
inline constexpr int kRareCount = 20;
inline const QString kCommonWord = QStringLiteral("the"); // in about 40 % of the messages

inline QString peerJid(int index) {
  return QStringLiteral("peer%1@example.org").arg(index);
}

} // namespace sotto::bench
