// A standalone stand-in for libFuzzer's main(), for builds without clang's -fsanitize=fuzzer
// (GCC, the CI preset). It replays every file of the corpus directories given, then feeds
// a bounded number of deterministic mutations of them (bit flips, truncations, splices,
// random bytes), so a short fuzz run is part of every test run. Real coverage-guided
// fuzzing is scripts/fuzz with the clang preset.
//
// Usage: fuzz_target [--runs=N] [CORPUS_DIR|FILE]...
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

namespace {

using Input = std::vector<std::uint8_t>;

void run(const Input &input) {
  LLVMFuzzerTestOneInput(input.data(), input.size());
}

Input readFile(const std::filesystem::path &path) {
  std::ifstream stream(path, std::ios::binary);
  return Input(std::istreambuf_iterator<char>(stream), std::istreambuf_iterator<char>());
}

void collect(const std::filesystem::path &path, std::vector<Input> &corpus) {
  if (std::filesystem::is_directory(path)) {
    for (const auto &entry : std::filesystem::recursive_directory_iterator(path))
      if (entry.is_regular_file())
        corpus.push_back(readFile(entry.path()));
  } else if (std::filesystem::is_regular_file(path)) {
    corpus.push_back(readFile(path));
  }
}

Input mutate(const std::vector<Input> &corpus, std::mt19937_64 &random) {
  Input input = corpus.empty() ? Input{} : corpus[random() % corpus.size()];
  const int steps = 1 + static_cast<int>(random() % 4);
  for (int i = 0; i < steps; ++i) {
    switch (random() % 5) {
    case 0: // flip a bit
      if (!input.empty())
        input[random() % input.size()] ^= static_cast<std::uint8_t>(1u << (random() % 8));
      break;
    case 1: // truncate
      if (!input.empty())
        input.resize(random() % input.size());
      break;
    case 2: // insert random bytes
      for (std::size_t n = random() % 16; n > 0; --n)
        input.insert(input.begin() + static_cast<std::ptrdiff_t>(input.empty() ? 0 : random() % input.size()),
                     static_cast<std::uint8_t>(random()));
      break;
    case 3: // splice with another corpus entry
      if (!corpus.empty()) {
        const Input &other = corpus[random() % corpus.size()];
        if (!other.empty())
          input.insert(input.end(), other.begin() + static_cast<std::ptrdiff_t>(random() % other.size()),
                       other.end());
      }
      break;
    default: // overwrite a byte with an interesting value
      if (!input.empty()) {
        static constexpr std::uint8_t interesting[] = {0x00, 0x01, 0x7f, 0x80, 0xff,
                                                       '<',  '>',  '&',  '\'', '"'};
        input[random() % input.size()] = interesting[random() % sizeof interesting];
      }
      break;
    }
  }
  return input;
}

} // namespace

int main(int argc, char **argv) {
  long runs = 1000;
  std::vector<Input> corpus;
  for (int i = 1; i < argc; ++i) {
    if (std::strncmp(argv[i], "--runs=", 7) == 0)
      runs = std::stol(argv[i] + 7);
    else
      collect(argv[i], corpus);
  }
  for (const Input &input : corpus)
    run(input);
  std::mt19937_64 random(0x50770); // fixed seed: a failure reproduces
  for (long i = 0; i < runs; ++i)
    run(mutate(corpus, random));
  std::printf("fuzz driver: %zu corpus inputs and %ld mutations ran without a finding\n", corpus.size(),
              runs);
  return 0;
}
