#pragma once
// Dates as reports write them: "2024年", "2024 年度" (PDF spacing), "10月", "十月", "31日".
// The one reader of 年/月/日 for every stage after numbers (structure/genre, facts/targets and
// facts/rates, checks/time_checks), so a date reads the same wherever it is looked at.
#include <cstddef>
#include <string_view>

namespace gouji {

struct YearStyle {
  bool spaced = false;    // a space may stand before 年 ("2024 年")
  bool with_du = false;   // 年度 is read whole: `end` is past 度
  int last = 2099;        // the latest year taken for one (1990 is the earliest)
};

// A four-digit year before 年 at s[at], not inside a longer digit run: the year, and `end` just
// past 年 (or 年度); 0 when there is none.
int read_year(std::u32string_view s, std::size_t at, std::size_t& end, YearStyle style = {});

// A month before 月 at s[at], in one or two digits or in Han numerals (十月, 十一月): its value
// (not range-checked: callers decide what a month may be) and `end` just past 月; 0 when none.
int read_month(std::u32string_view s, std::size_t at, std::size_t& end);

// A day before 日 or 号 at s[at], 1–31: its value and `end` just past the 日; 0 when none.
int read_day(std::u32string_view s, std::size_t at, std::size_t& end);

}  // namespace gouji
