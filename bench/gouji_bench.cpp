// Native throughput of the core (Google Benchmark), run by bench/run.sh.
//
//   gouji_bench [google-benchmark flags] FILE...
//
// For every FILE two benchmarks are registered:
//   read/<name>     decode + number reading + structure (headings, tables, breakdowns) + the
//                   "what was read" JSON, i.e. extract_bytes() serialised — what `gouji extract`
//                   and the wasm extract() do;
//   analyze/<name>  the full pipeline, analyze_bytes() + report JSON serialised — what
//                   `gouji check --format json` and the wasm analyzeBytes() do.
// Each reports bytes_per_second (MB/s = bytes/s / 1e6 in the summary) and the time per report,
// plus peak_rss_mb: this process's peak resident set so far (monotonic across benchmarks, so
// run.sh runs one input per process and measures the CLI's peak separately).
// Files are read once, before timing; nothing is written.
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "analyze.h"
#include "report/json_report.h"

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << "gouji_bench: cannot read " << path << "\n";
    std::exit(2);
  }
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::string base_name(const std::string& path) {
  auto slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

double peak_rss_mb() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return static_cast<double>(ru.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB on Linux
}

void read_case(benchmark::State& state, const std::shared_ptr<std::string>& bytes, const std::string& name) {
  gouji::AnalyzeOptions opt;
  opt.path = name;
  std::size_t out = 0;
  for (auto _ : state) {
    std::string json = gouji::extract_string(*bytes, opt);
    out = json.size();
    benchmark::DoNotOptimize(json.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(bytes->size()));
  state.counters["input_bytes"] = static_cast<double>(bytes->size());
  state.counters["json_bytes"] = static_cast<double>(out);
  state.counters["peak_rss_mb"] = peak_rss_mb();
}

void analyze_case(benchmark::State& state, const std::shared_ptr<std::string>& bytes, const std::string& name) {
  gouji::AnalyzeOptions opt;
  opt.path = name;
  std::size_t findings = 0, out = 0;
  for (auto _ : state) {
    gouji::AnalyzedDocument doc = gouji::analyze_bytes(*bytes, opt);
    findings = doc.result.findings.size();
    std::string json = gouji::report_string(doc, opt.lang);
    out = json.size();
    benchmark::DoNotOptimize(json.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(bytes->size()));
  state.counters["input_bytes"] = static_cast<double>(bytes->size());
  state.counters["findings"] = static_cast<double>(findings);
  state.counters["json_bytes"] = static_cast<double>(out);
  state.counters["peak_rss_mb"] = peak_rss_mb();
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);  // removes the --benchmark_* flags it knows
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a.rfind("--", 0) == 0) {
      std::cerr << "gouji_bench: unknown flag " << a << "\n";
      return 2;
    }
    files.push_back(a);
  }
  if (files.empty()) {
    std::cerr << "usage: gouji_bench [--benchmark_* flags] FILE...\n";
    return 2;
  }
  for (const auto& f : files) {
    auto bytes = std::make_shared<std::string>(slurp(f));
    std::string name = base_name(f);
    // Big inputs take seconds per run: time them once rather than for the default 0.5 s minimum.
    const bool big = bytes->size() > (8u << 20);
    auto* r = benchmark::RegisterBenchmark(("read/" + name).c_str(),
                                           [bytes, name](benchmark::State& s) { read_case(s, bytes, name); });
    auto* a = benchmark::RegisterBenchmark(("analyze/" + name).c_str(),
                                           [bytes, name](benchmark::State& s) { analyze_case(s, bytes, name); });
    for (auto* b : {r, a}) {
      b->Unit(benchmark::kMillisecond)->UseRealTime();
      if (big) b->Iterations(1);
    }
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
