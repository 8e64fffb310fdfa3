#include "lexicon/product_words.h"

namespace gouji::lex::products {

const std::array<DimWord, 9> kPerWords = {{
    {U"人次", Visit}, {U"人", Person}, {U"名", Person}, {U"户", Household}, {U"月", Month},
    {U"年", Year}, {U"天", Day}, {U"日", Day}, {U"次", Time},
}};
const char32_t kEach = U'每';
const Str kPerSeparators = U"/／·•*×";
const std::array<DimWord, 2> kAverages = {{{U"人均", Person}, {U"户均", Household}}};
const std::array<Str, 8> kPaymentWords = {U"补助", U"补贴", U"奖励", U"慰问", U"救助", U"资助", U"标准", U"发放"};

const std::array<Str, 2> kLengthNames = {U"长度", U"长"};
const std::array<Str, 2> kWidthNames = {U"宽度", U"宽"};
const Str kAreaName = U"面积";

const std::array<DimWord, 7> kDimColumns = {{
    {U"人次", Visit}, {U"人数", Person}, {U"户数", Household}, {U"月数", Month}, {U"天数", Day}, {U"年数", Year},
    {U"次数", Time},
}};
const std::array<Str, 3> kAmountColumns = {U"金额", U"资金", U"补助额"};
const Str kTenThousandYuan = U"万元";
const std::array<Str, 2> kStandardColumns = {U"标准", U"单价"};
const Str kSlash = U"/／";

const Str kEquals = U"=＝";
const Str kTimes = U"×*＊xX";
const Str kNotProduct = U"+-＋－÷/／";
const Str kNameEnds = U"（([【";

}  // namespace gouji::lex::products
