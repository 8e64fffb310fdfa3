#pragma once
// Words that tell what kind of document a text is (structure/genre.cpp reads them): title words,
// body vocabulary with weights, nouns that name a document, page metadata, signature endings.
// Data only (issue 14: one vocabulary in core/lexicon). The role a word gives is a `Named`
// document kind; genre.cpp maps it onto its Genre.
#include <array>
#include <cstdint>
#include <string_view>

namespace gouji::lex::genre {

using Str = std::u32string_view;

enum class Named : std::uint8_t {
  ThirdPartyEval, DeptSelfEval, SelfEvalTable, ProjectSelfEval, FiscalExecution, SanGong,
  DeptFinalAccount, DeptBudget, News,
};

// A title line names the document: the first rule (in this order) it matches decides
// (第三方 before 评价报告, 整体 before the generic 自评, 三公 before 决算 — a 三公 note's title
// also says 决算).
struct TitleRule {
  Named genre;
  Str all[2];  // every non-empty word must occur
  Str none;    // and this one must not
};
extern const std::array<TitleRule, 16> kTitleRules;

// Body vocabulary when no title names the document: each word present adds its weight to its
// genre (counted once — the genre shows in which words occur, not how often).
struct BodyWord {
  Named genre;
  Str word;
  int weight;
};
extern const std::array<BodyWord, 31> kBodyWords;

// Nouns that name a document: a title line holding one marks a document's start and gives its
// year (a caption such as "收入决算结构图" does neither).
extern const std::array<Str, 13> kDocumentNouns;
// Page-metadata of scraped pages: never a title, never the report year.
extern const std::array<Str, 22> kMetadataWords;
// How a report's signature lines end (the unit, the date): a report may close without a 。.
extern const std::array<Str, 20> kSignatureEnds;
// Period leads of a monthly execution report: "1-5月，…累计完成", "4月，…完成".
extern const std::array<Str, 3> kPeriodVerbs;
// Portal categories above the title that name no document.
extern const std::array<Str, 3> kNotTitles;
// A line of a table header holds no year word (a report cut before a table's body).
extern const Str kYear;

}  // namespace gouji::lex::genre
