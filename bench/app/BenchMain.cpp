// Runs the app benchmarks inside a QCoreApplication (the controllers need an event loop).
// They need the loopback test server: see scripts/bench-app.
#include "BenchPeer.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>

int main(int argc, char **argv) {
  QCoreApplication app(argc, argv);
  // Per-message info lines would be timed too; QT_LOGGING_RULES brings them back.
  if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
    QLoggingCategory::setFilterRules(QStringLiteral("sotto.*.info=false\nsotto.*.debug=false"));
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv))
    return 1;
  if (!sotto::app::bench::haveServer()) {
    std::fprintf(stderr, "no test server: run scripts/bench-app (or source scripts/lib/services.sh and "
                         "sotto_services_start first)\n");
    return 2;
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
