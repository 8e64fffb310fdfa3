#include "lexicon/spacing_words.h"

namespace gouji::lex::spacing {

const std::array<Str, 39> kUnitWords = {
    U"个百分点", U"百分点", U"平方米", U"平方公里", U"人次", U"万元", U"亿元", U"千元", U"万人", U"万户", U"万亩", U"万吨",
    U"个月", U"%", U"％", U"‰", U"元", U"年", U"月", U"日", U"万", U"亿", U"人", U"户", U"个", U"项", U"次",
    U"家", U"辆", U"分", U"天", U"亩", U"吨", U"倍", U"名", U"岁", U"例", U"件", U"所",
};
const Str kAlwaysUnit = U"年月日%％‰元";
const Str kMeasureBeforeNoun = U"个家所";
const std::array<Str, 8> kMeasureWords = {U"个人", U"个体", U"个税", U"个别", U"家庭", U"家属", U"所得", U"所属"};
const std::array<Str, 18> kSpacedPairs = {U"合计", U"总计", U"小计", U"其中", U"项目", U"单位", U"科目", U"金额", U"备注",
                                          U"名称", U"编码", U"年度", U"序号", U"说明", U"概况", U"情况", U"附件", U"目录"};
const Str kCellLetters = U"是否有无优良中差";

}  // namespace gouji::lex::spacing
