#pragma once
// What kind of document this is, which year it reports on, and whether it is a whole document or
// an excerpt (a page 2…n, a text cut short). Rules written for one genre are gated by it: a
// county's 总预算 execution report is not a department, a monthly report is not an annual
// self-evaluation, an excerpt is not missing the sections it never reached.
#include <cstddef>
#include <string_view>
#include <vector>

#include "structure/document.h"
#include "text/text.h"

namespace gouji {

enum class Genre {
  Unknown,
  DeptSelfEval,      // 部门（单位）整体支出绩效自评报告
  ProjectSelfEval,   // 项目支出绩效自评报告
  SelfEvalTable,     // 绩效自评表 on its own
  ThirdPartyEval,    // 第三方绩效评价报告
  DeptFinalAccount,  // 部门决算（说明、公开）
  DeptBudget,        // 部门预算（说明、公开）
  FiscalExecution,   // 政府（财政）预算执行情况报告: a county's or city's 总预算
  MonthlyExecution,  // 1-5月… 预算执行 (a period report)
  SanGong,           // “三公”经费 note
  News,
};

std::string_view genre_id(Genre g);  // "dept_self_eval" … (the JSON contract)
std::string_view genre_zh(Genre g);  // "部门整体支出绩效自评报告" …

struct DocumentKind {
  Genre genre = Genre::Unknown;
  std::size_t genre_start = 0, genre_end = 0;  // the words that decided it (start == end: none)
  int year = 0;                                 // the year reported on (0: not stated)
  std::size_t year_start = 0, year_end = 0;     // "2024年度" in the title or body
  // The year stands in the title or a line naming the document; false when it is only the first
  // year of the opening lines (an excerpt's "较2022年度决算数" is no report year).
  bool year_titled = false;
  bool starts_mid = false;  // an excerpt that begins mid-document (page 2…n, a continuation)
  bool ends_cut = false;    // an excerpt that stops mid-sentence or before a table's body

  // The reporting unit is a government's whole budget (本级/全县), not a department: the 部门
  // identities (收支平衡, 年初预算收支相等) do not apply as written.
  bool fiscal() const { return genre == Genre::FiscalExecution || genre == Genre::MonthlyExecution; }
  // Partial-year data and estimates are the genre's normal content, not an annual report's defect.
  bool period_or_plan() const {
    return fiscal() || genre == Genre::DeptBudget || genre == Genre::News;
  }
  // Only a whole document can lack a section or a score.
  bool excerpt() const { return starts_mid || ends_cut; }
};

// Reads genre and year from the title lines and the body's vocabulary (words as data in
// genre.cpp); `headings` are the document's headings (read_headings), used for the first
// heading's number. Linear in the text: the vocabulary is only looked for near the top.
DocumentKind read_document_kind(const Text& text, const std::vector<Heading>& headings);

// Page-metadata lines of scraped pages (URL:, 索引号, 发布日期, 公开时间 …): they neither name the
// document nor set its year.
bool is_metadata_line(std::u32string_view line);

}  // namespace gouji
