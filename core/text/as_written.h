#pragma once
// Quotes from the reading copy, written back the way the user wrote them: a 繁体 report is read
// as 简体 (normalize.h), but a finding that quotes its labels or figures ("決算數", "55.93萬元")
// shows them as they stand in the report.
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace gouji {

class WrittenForm {
 public:
  // `clean` and `origin` as normalize_text made them from `original`; all three must outlive this.
  WrittenForm(const std::u32string& clean, const std::vector<std::size_t>& origin, const std::u32string& original)
      : clean_(clean), origin_(origin), original_(original) {}

  // Every Han run of `utf8` (of `min_run` characters or more) found in the reading copy within
  // [near_b, near_e) takes the original characters t2s read there; the rest (the message's own
  // words) stays. A single character is as likely the message's own word (应, 为) as a quote, so
  // only a quote of exactly its span (a figure's text) restores one.
  std::string restore(std::string_view utf8, std::size_t near_b, std::size_t near_e, std::size_t min_run = 2) const;
  // The same near any of several places (a finding's spans), each [b, e).
  std::string restore(std::string_view utf8, const std::vector<std::pair<std::size_t, std::size_t>>& near,
                      std::size_t min_run = 2) const;

 private:
  const std::u32string& clean_;
  const std::vector<std::size_t>& origin_;
  const std::u32string& original_;
};

}  // namespace gouji
