#include "cli/batch.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <exception>
#include <iostream>
#include <memory>
#include <mutex>
#include <sstream>
#include <thread>

#include "analyze.h"
#include "cli/io.h"
#include "cli/text_output.h"

namespace gouji::cli {
namespace {

// What one input produced, rendered to text by the worker so the document (and its decoded
// text, four bytes a character) is freed before the result waits for its turn to be printed.
struct Outcome {
  bool read = false;
  std::string error;   // why it could not be read
  std::string output;  // text findings or one JSON document
  Counts counts;
  std::string top;
  std::size_t bytes = 0;
  std::size_t checked = 0;  // relations verified (consistent or not)
  bool streamed = false;    // the output went straight to stdout (process's `direct`)
};

// `direct`: the output stream when this document is next in turn (one thread): its findings are
// written there as they are produced, after `lead` (the envelope's head or a comma), instead of
// being held as text — a large document's JSON is never in memory whole.
Outcome process(const Input& in, const BatchOptions& opt, std::ostream* direct = nullptr, const std::string& lead = {}) {
  Outcome o;
  if (!in.error.empty()) {
    o.error = in.error;
    return o;
  }
  std::string bytes;
  if (!read_input(in.path, bytes, o.error)) return o;
  o.bytes = bytes.size();
  try {
    AnalyzedDocument doc = analyze_bytes(bytes, {in.path, opt.lang});
    bytes.clear();
    bytes.shrink_to_fit();
    o.counts = count_findings(doc);
    o.checked = doc.result.checked.size();
    if (opt.summary) o.top = top_finding(doc, opt.lang);
    if (opt.output == BatchOptions::Output::Json) {
      if (direct) {
        *direct << lead;
        JsonWriter w(*direct);
        write_document(w, doc, opt.lang);
      } else {
        JsonWriter w(o.output);
        write_document(w, doc, opt.lang);
      }
    } else if (opt.output == BatchOptions::Output::Text) {
      if (direct) {
        print_document(*direct, doc, opt.lang, opt.color);
      } else {
        std::ostringstream ss;
        print_document(ss, doc, opt.lang, opt.color);
        o.output = ss.str();
      }
    }
    o.streamed = direct != nullptr;
    o.read = true;
  } catch (const std::exception& e) {  // e.g. std::bad_alloc on a huge input: report, go on
    o.error = std::string("cannot be checked: ") + e.what();
  }
  return o;
}

std::string format_duration(double s) {
  long t = static_cast<long>(s + 0.5);
  char buf[32];
  if (t >= 3600) std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", t / 3600, t / 60 % 60, t % 60);
  else std::snprintf(buf, sizeof buf, "%ld:%02ld", t / 60, t % 60);
  return buf;
}

class Progress {
 public:
  Progress(bool on, std::size_t total) : on_(on), total_(total), start_(std::chrono::steady_clock::now()) {}
  void draw(std::size_t done, std::size_t bytes) {
    if (!on_) return;
    auto now = std::chrono::steady_clock::now();
    if (shown_ && now - last_ < std::chrono::milliseconds(50)) return;  // at most 20 redraws a second
    last_ = now;
    double secs = std::chrono::duration<double>(now - start_).count();
    const int width = 30;
    int filled = total_ ? static_cast<int>(width * done / total_) : width;
    std::string bar(static_cast<std::size_t>(filled), '#');
    bar.resize(width, '-');
    char line[160];
    double mb = bytes / 1048576.0;
    std::string eta = done && done < total_ ? " ETA " + format_duration(secs / done * (total_ - done)) : "";
    std::snprintf(line, sizeof line, "\r\033[K[%s] %zu/%zu files  %.1f MB  %.1f MB/s%s", bar.c_str(), done, total_, mb,
                  secs > 0 ? mb / secs : 0.0, eta.c_str());
    std::fputs(line, stderr);
    std::fflush(stderr);
    shown_ = true;
  }
  // Before anything else is written to the terminal; the next draw() puts the bar back.
  void clear() {
    if (!on_ || !shown_) return;
    last_ = {};
    std::fputs("\r\033[K", stderr);
    std::fflush(stderr);
    shown_ = false;
  }

 private:
  bool on_;
  std::size_t total_;
  std::chrono::steady_clock::time_point start_, last_{};
  bool shown_ = false;
};

// The JSON envelope around the documents, exactly as report_json() prints it, split where the
// documents go so they can be streamed one by one.
void envelope(Lang lang, std::string& head, std::string& tail) {
  std::string all;
  {
    JsonWriter w(all);
    write_report(w, nullptr, 0, lang);
  }
  const std::string key = "\"documents\":[";
  std::size_t at = all.find(key) + key.size();
  head = all.substr(0, at);
  tail = all.substr(at);
}

}  // namespace

std::string csv_field(const std::string& s) {
  std::string v = s;
  // A spreadsheet reads = + - @ tab CR at the start as a formula; the page's CSV (web/handover.js
  // csvCell) uses the same guard.
  if (!v.empty() && (v[0] == '=' || v[0] == '+' || v[0] == '@' || v[0] == '\t' || v[0] == '\r' || (v[0] == '-' && v.size() > 1)))
    v.insert(0, "'");
  if (v.find_first_of(",\"\r\n") == std::string::npos) return v;
  std::string q = "\"";
  for (char c : v) {
    if (c == '"') q += '"';
    q += c;
  }
  return q + "\"";
}

int run_check(const std::vector<Input>& inputs, const BatchOptions& opt) {
  const std::size_t n = inputs.size();
  unsigned hw = std::max(1u, std::thread::hardware_concurrency());
  std::size_t jobs = std::min<std::size_t>(opt.jobs ? opt.jobs : hw, n);
  // At most this many results wait, rendered, for their turn: bounded memory even when one big
  // file holds up the printing of thousands of small ones behind it.
  const std::size_t window = 4 * jobs + 16;

  std::vector<std::unique_ptr<Outcome>> slots(n);
  std::mutex m;
  std::condition_variable ready, space;
  std::size_t claimed = 0, printed = 0;
  std::atomic<std::size_t> done{0}, bytes_done{0};

  auto worker = [&] {
    for (;;) {
      std::size_t i;
      {
        std::unique_lock<std::mutex> lock(m);
        space.wait(lock, [&] { return claimed >= n || claimed < printed + window; });
        if (claimed >= n) return;
        i = claimed++;
      }
      auto o = std::make_unique<Outcome>(process(inputs[i], opt));
      bytes_done += o->bytes;
      {
        std::lock_guard<std::mutex> lock(m);
        slots[i] = std::move(o);
        ++done;
      }
      ready.notify_all();
    }
  };
  std::vector<std::thread> pool;
  if (jobs > 1)
    for (std::size_t t = 0; t < jobs; ++t) pool.emplace_back(worker);

  Progress progress(opt.progress && n > 1, n);
  const bool out_tty = stdout_is_tty();
  std::string head, tail;
  envelope(opt.lang, head, tail);
  bool json = opt.output == BatchOptions::Output::Json, text = opt.output == BatchOptions::Output::Text;
  std::size_t read = 0, unreadable = 0;
  bool any_error = false;
  Counts total;
  if (opt.summary) *opt.summary << "\xEF\xBB\xBF" << "file,errors,warnings,infos,top_finding,checked\r\n";

  for (std::size_t i = 0; i < n; ++i) {
    std::unique_ptr<Outcome> o;
    if (jobs > 1) {
      std::unique_lock<std::mutex> lock(m);
      while (!slots[i]) {
        if (ready.wait_for(lock, std::chrono::milliseconds(100), [&] { return slots[i] != nullptr; })) break;
        lock.unlock();
        progress.draw(done, bytes_done);
        lock.lock();
      }
      o = std::move(slots[i]);
      ++printed;
    } else {
      // One thread: the document is next in turn, so it is written straight to stdout.
      if (out_tty) progress.clear();
      o = std::make_unique<Outcome>(process(inputs[i], opt, &std::cout, json ? (read == 0 ? head : ",") : ""));
      bytes_done += o->bytes;
      ++done;
    }
    space.notify_all();

    // The bar shares the terminal with error lines, and with the findings when stdout is a TTY.
    if (!o->read || (out_tty && !o->output.empty())) progress.clear();
    const std::string& path = inputs[i].path;
    if (!o->read) {
      ++unreadable;
      std::cout.flush();
      std::cerr << "gouji: " << path << ": " << o->error << "\n";
      if (opt.summary)
        *opt.summary << csv_field(path) << ",,,,"
                     << csv_field((opt.lang == Lang::En ? "not read: " : "无法读取：") + o->error) << ",\r\n";
    } else {
      if (json && !o->streamed) std::cout << (read == 0 ? head : ",") << o->output;
      if (text && !o->streamed) std::cout << o->output;
      ++read;
      total.add(o->counts);
      any_error |= o->counts.n[0] > 0;
      if (opt.summary)
        *opt.summary << csv_field(path) << "," << o->counts.n[0] << "," << o->counts.n[1] << "," << o->counts.n[2]
                     << "," << csv_field(o->top) << "," << o->checked << "\r\n";
    }
    if (opt.progress && n > 1) {
      std::cout.flush();
      progress.draw(done, bytes_done);
    }
  }
  for (auto& t : pool) t.join();
  progress.clear();

  // Nothing at all could be read: nothing on stdout (as for a single unreadable file).
  if (read > 0) {
    if (json) std::cout << tail << "\n";
    if (text) print_totals(std::cout, total, opt.lang);
  }
  std::cout.flush();
  if (opt.summary) opt.summary->flush();
  if (read == 0) return 2;
  return any_error || unreadable ? 1 : 0;
}

}  // namespace gouji::cli
