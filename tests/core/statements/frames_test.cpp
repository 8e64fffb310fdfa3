// The statement stage: clauses → frames, roles, inherited subjects, 其中 lists.
#include <doctest/doctest.h>

#include "lexicon/lexicon.h"
#include "numbers/number_reader.h"
#include "statements/frame.h"
#include "test_support.h"

using namespace gouji;

namespace {

struct Read {
  Text t;
  std::vector<Quantity> qs;
  Statements st;
};

Read read(const char* s) {
  Read r{Text::from_utf8(s), {}, {}};
  r.qs = read_quantities(r.t);
  r.st = read_statements(r.t, r.qs, Document{});
  return r;
}

const FrameNumber& num(const Read& r, const char* text) {
  for (std::size_t i = 0; i < r.qs.size(); ++i)
    if (r.qs[i].text == text) return *r.st.number(i);
  FAIL("no number " << text);
  return r.st.numbers.front();
}

const Frame& frame_of(const Read& r, const char* text) {
  for (std::size_t i = 0; i < r.qs.size(); ++i)
    if (r.qs[i].text == text) return r.st.frames[r.st.frame_of[i]];
  FAIL("no number " << text);
  return r.st.frames.front();
}

}  // namespace

TEST_CASE("an interposed share does not break the chain: all four numbers are about 支出") {
  auto r = read("本年支出12345.67元，占支出总预算8.5%，同比增加1234.5元，增长11.11%。");
  CHECK(num(r, "12345.67元").role == NumRole::Level);
  CHECK(num(r, "8.5%").role == NumRole::Share);
  CHECK(num(r, "8.5%").of.str() == U"支出总预算");
  CHECK(num(r, "1234.5元").role == NumRole::Change);
  CHECK(num(r, "1234.5元").dir == 1);
  CHECK(num(r, "11.11%").role == NumRole::ChangeRate);
  const Frame& head = frame_of(r, "12345.67元");
  CHECK(head.own_subject);
  CHECK(head.subject.side == lex::Spend);
  for (const char* n : {"8.5%", "1234.5元", "11.11%"}) {
    CHECK_FALSE(frame_of(r, n).own_subject);
    CHECK(frame_of(r, n).subject_frame == frame_of(r, "12345.67元").subject_frame);
  }
}

TEST_CASE("比上年增收/减支 amounts are changes, never prior levels; a 较2022年的 figure is a prior level") {
  auto r = read("税收收入6200万元，比上年增收380万元，增长6.5%；基本支出900万元，比上年减支45万元。");
  CHECK(num(r, "380万元").role == NumRole::Change);
  CHECK(num(r, "380万元").dir == 1);
  CHECK(num(r, "45万元").role == NumRole::Change);
  CHECK(num(r, "45万元").dir == -1);
  auto p = read("收入总计1500万元，较2022年的1200万元增长25%。");
  CHECK(num(p, "1200万元").role == NumRole::Prior);
  CHECK(num(p, "25%").role == NumRole::ChangeRate);
}

TEST_CASE("completion, payment and 到位 rates are completions with their base; 占调整预算 too") {
  auto r = read("完成年初预算的96.5%，资金支付率95%，到位率100%，占调整预算105.47%，覆盖率98%。");
  CHECK(num(r, "96.5%").role == NumRole::Completion);
  CHECK(num(r, "96.5%").of.str() == U"年初预算");
  CHECK(num(r, "95%").role == NumRole::Completion);
  CHECK(num(r, "95%").rate == lex::Payment);
  CHECK(num(r, "100%").rate == lex::Arrival);
  CHECK(num(r, "105.47%").role == NumRole::Completion);
  CHECK(num(r, "98%").role == NumRole::Level);
}

TEST_CASE("after a 其中 list the chain's total is still known") {
  auto r = read("总预算安排8000.5万元，其中：基本支出3000.5万元，项目支出5000万元，同比增加800万元，增长11.11%。");
  const Frame& rate = frame_of(r, "11.11%");
  CHECK_FALSE(rate.own_subject);
  REQUIRE(rate.list_total != static_cast<std::size_t>(-1));
  CHECK(rate.list_total == frame_of(r, "8000.5万元").subject_frame);
  CHECK(frame_of(r, "3000.5万元").list_part);
  CHECK_FALSE(frame_of(r, "8000.5万元").list_part);
}

TEST_CASE("a thousands separator is not a clause break") {
  auto r = read("完成30,161万元，同比增长14.6%，增收4,376万元。");
  CHECK(num(r, "30,161万元").role == NumRole::Level);
  CHECK(num(r, "14.6%").role == NumRole::ChangeRate);
  CHECK(num(r, "4,376万元").role == NumRole::Change);
  CHECK(frame_of(r, "4,376万元").subject_frame == frame_of(r, "30,161万元").subject_frame);
}

TEST_CASE("hostile: a parallel list of 10^5 items stays linear") {
  std::string list = "收、支总计各减少";
  for (int i = 0; i < 100000; ++i) list += "1,";
  list += "2万元，各下降";
  for (int i = 0; i < 100000; ++i) list += "1%、";
  auto d = gouji::test::run(list + "\n");
  CHECK(d.result.findings.size() < 100);
}

namespace {
Read read_in(const char* s, int report_year) {
  Read r{Text::from_utf8(s), {}, {}};
  r.qs = read_quantities(r.t);
  r.st = read_statements(r.t, r.qs, Document{}, report_year);
  return r;
}
}  // namespace

TEST_CASE("a frame carries its period: a stated year, 上年 the year before, 本年 the report year") {
  auto r = read_in("本年培训费支出36.40万元，上年培训费支出41.20万元。", 2025);
  CHECK(frame_of(r, "36.40万元").year == 2025);
  CHECK(num(r, "36.40万元").year == 2025);
  CHECK(frame_of(r, "41.20万元").year == 2024);
  CHECK(num(r, "41.20万元").role == NumRole::Prior);
  CHECK(r.st.year_of(num(r, "41.20万元")) == 2024);
  // A stated year anchors 上年 in its paragraph, whatever the report year.
  auto h = read_in("2021年差旅费支出18.60万元，比上年的20.10万元减少1.50万元。", 2025);
  CHECK(frame_of(h, "18.60万元").year == 2021);
  CHECK(num(h, "20.10万元").role == NumRole::Prior);
  CHECK(num(h, "20.10万元").year == 2020);
  CHECK(h.st.year_of(num(h, "1.50万元")) == 2021);
  // Without a report year, 上年 and 本年 stay unknown.
  auto u = read_in("本年培训费支出36.40万元，上年培训费支出41.20万元。", 0);
  CHECK(num(u, "36.40万元").year == 0);
  CHECK(num(u, "41.20万元").year == 0);
}

TEST_CASE("a comparison with a named year: its figure is that year's, the clause compares") {
  auto r = read_in("2025年会议费支出27.30万元，比2024年的31.80万元减少4.50万元。", 2025);
  CHECK(num(r, "31.80万元").role == NumRole::Prior);
  CHECK(num(r, "31.80万元").year == 2024);
  CHECK(frame_of(r, "4.50万元").compare);
  CHECK(r.st.year_of(num(r, "4.50万元")) == 2025);
  auto c = read_in("2025年会议费支出27.30万元，与2023年相比减少6.10万元。", 2025);
  CHECK(num(c, "6.10万元").than == 2023);
}

TEST_CASE("a span of years is no one year's level") {
  auto r = read_in("2024—2026年计划投入120.00万元，2025年实际投入40.00万元。", 2025);
  CHECK(num(r, "120.00万元").year == kSpan);
  CHECK(frame_of(r, "120.00万元").year == 0);
  CHECK(num(r, "40.00万元").year == 2025);
  auto t = read_in("2024年至2026年累计安排90.00万元。", 2025);
  CHECK(num(t, "90.00万元").year == kSpan);
}
