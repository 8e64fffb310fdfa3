// The one matcher over the vocabulary: two tries (forwards for text, backwards for label ends),
// built once. Every lookup costs at most the longest word's length.
#include <algorithm>
#include <map>

#include "lexicon/lexicon.h"

namespace gouji::lex {
namespace {

struct Node {
  std::map<char32_t, std::uint32_t> next;
  std::vector<const Entry*> roles;  // entries ending here
};

struct Trie {
  std::vector<Node> nodes;
  explicit Trie(bool reversed) : nodes(1) {
    for (const Entry& e : entries()) {
      std::uint32_t n = 0;
      for (std::size_t k = 0; k < e.word.size(); ++k) {
        char32_t c = reversed ? e.word[e.word.size() - 1 - k] : e.word[k];
        auto it = nodes[n].next.find(c);
        if (it == nodes[n].next.end()) {
          nodes.emplace_back();
          it = nodes[n].next.emplace(c, static_cast<std::uint32_t>(nodes.size() - 1)).first;
        }
        n = it->second;
      }
      nodes[n].roles.push_back(&e);
    }
  }
};

const Trie& forward() {
  static const Trie t(false);
  return t;
}
const Trie& backward() {
  static const Trie t(true);
  return t;
}

const Entry* role(const std::vector<const Entry*>& roles, Cls cls) {
  for (const Entry* e : roles)
    if (e->cls == cls) return e;
  return nullptr;
}

}  // namespace

const Entry* Hit::get(Cls cls) const { return roles ? role(*roles, cls) : nullptr; }

Hit match_at(Str s, std::size_t at) {
  const Trie& t = forward();
  Hit h;
  std::uint32_t n = 0;
  for (std::size_t k = at; k < s.size(); ++k) {
    auto it = t.nodes[n].next.find(s[k]);
    if (it == t.nodes[n].next.end()) break;
    n = it->second;
    if (!t.nodes[n].roles.empty()) h = {at, k + 1, &t.nodes[n].roles};
  }
  return h;
}

const Entry* match_at(Str s, std::size_t at, Cls cls) {
  const Trie& t = forward();
  const Entry* best = nullptr;
  std::uint32_t n = 0;
  for (std::size_t k = at; k < s.size(); ++k) {
    auto it = t.nodes[n].next.find(s[k]);
    if (it == t.nodes[n].next.end()) break;
    n = it->second;
    if (const Entry* e = role(t.nodes[n].roles, cls)) best = e;
  }
  return best;
}

const Entry* match_before(Str s, std::size_t end, Cls cls) {
  const Trie& t = backward();
  const Entry* best = nullptr;
  std::uint32_t n = 0;
  for (std::size_t k = std::min(end, s.size()); k-- > 0;) {
    auto it = t.nodes[n].next.find(s[k]);
    if (it == t.nodes[n].next.end()) break;
    n = it->second;
    if (const Entry* e = role(t.nodes[n].roles, cls)) best = e;
  }
  return best;
}

std::vector<Hit> scan(Str s, std::size_t begin, std::size_t end) {
  std::vector<Hit> out;
  end = std::min(end, s.size());
  Str view = s.substr(0, end);
  for (std::size_t i = begin; i < end;) {
    Hit h = match_at(view, i);
    if (h.roles) {
      out.push_back(h);
      i = h.end;
    } else {
      ++i;
    }
  }
  return out;
}

bool has(Str s, Cls cls) { return first(s, cls) != nullptr; }

bool has(Str s, Cls cls, std::uint8_t value) {
  for (const Hit& h : scan(s, 0, s.size()))
    if (const Entry* e = h.get(cls); e && e->value == value) return true;
  return false;
}

const Entry* first(Str s, Cls cls) {
  for (std::size_t i = 0; i < s.size();) {
    Hit h = match_at(s, i);
    if (!h.roles) { ++i; continue; }
    if (const Entry* e = h.get(cls)) return e;
    i = h.end;
  }
  return nullptr;
}

}  // namespace gouji::lex
