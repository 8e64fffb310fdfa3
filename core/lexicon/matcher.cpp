// The one matcher over the vocabulary: two tries (forwards for text, backwards for label ends),
// built once. Every lookup costs at most the longest word's length.
#include <algorithm>
#include <map>

#include "lexicon/lexicon.h"
#include "text/chars.h"

namespace gouji::lex {
namespace {

struct BuildNode {
  std::map<char32_t, std::uint32_t> next;
  std::vector<const Entry*> roles;  // entries ending here
};

// Looked up at every position of a text, so kept flat: every edge (node, character) → child in
// one open-addressing hash table (one or two probes, where a binary search over the root's
// thousand first characters took ten), and the first characters of all words in a filter that
// rejects most positions before any lookup.
struct Trie {
  struct Node {
    std::vector<const Entry*> roles;
  };
  std::vector<Node> nodes;
  // Key: node << 21 | character (a code point fits in 21 bits); 0 marks an empty slot (the root
  // is nobody's child, so no edge has key 0 with a child 0).
  std::vector<std::uint64_t> keys;
  std::vector<std::uint32_t> children;
  std::uint64_t mask = 0;
  chars::FirstChars first;

  static std::uint64_t key(std::uint32_t n, char32_t c) { return static_cast<std::uint64_t>(n) << 21 | (c & 0x1FFFFF); }
  std::size_t slot(std::uint64_t k) const { return static_cast<std::size_t>((k * 0x9E3779B97F4A7C15ull) >> 32 & mask); }

  explicit Trie(bool reversed) {
    std::vector<BuildNode> build(1);
    for (const Entry& e : entries()) {
      std::uint32_t n = 0;
      for (std::size_t k = 0; k < e.word.size(); ++k) {
        char32_t c = reversed ? e.word[e.word.size() - 1 - k] : e.word[k];
        auto it = build[n].next.find(c);
        if (it == build[n].next.end()) {
          build.emplace_back();
          it = build[n].next.emplace(c, static_cast<std::uint32_t>(build.size() - 1)).first;
        }
        n = it->second;
      }
      build[n].roles.push_back(&e);
    }
    std::size_t size = 16;
    while (size < 2 * build.size()) size *= 2;  // load ≤ 1/2
    keys.assign(size, 0);
    children.assign(size, 0);
    mask = size - 1;
    nodes.resize(build.size());
    for (std::size_t n = 0; n < build.size(); ++n) {
      nodes[n].roles = std::move(build[n].roles);
      for (const auto& [c, to] : build[n].next) {
        std::uint64_t k = key(static_cast<std::uint32_t>(n), c);
        std::size_t i = slot(k);
        while (keys[i] != 0) i = (i + 1) & mask;
        keys[i] = k;
        children[i] = to;
        if (n == 0) first.add(std::u32string_view(&c, 1));
      }
    }
  }
  // The child of node n by character c, or 0 (the root is nobody's child).
  std::uint32_t child(std::uint32_t n, char32_t c) const {
    if ((n == 0 && !first.may_start(c)) || c > 0x10FFFF) return 0;
    std::uint64_t k = key(n, c);
    for (std::size_t i = slot(k);; i = (i + 1) & mask) {
      if (keys[i] == k) return children[i];
      if (keys[i] == 0) return 0;
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
    n = t.child(n, s[k]);
    if (n == 0) break;
    if (!t.nodes[n].roles.empty()) h = {at, k + 1, &t.nodes[n].roles};
  }
  return h;
}

const Entry* match_at(Str s, std::size_t at, Cls cls) {
  const Trie& t = forward();
  const Entry* best = nullptr;
  std::uint32_t n = 0;
  for (std::size_t k = at; k < s.size(); ++k) {
    n = t.child(n, s[k]);
    if (n == 0) break;
    if (const Entry* e = role(t.nodes[n].roles, cls)) best = e;
  }
  return best;
}

const Entry* match_before(Str s, std::size_t end, Cls cls) {
  const Trie& t = backward();
  const Entry* best = nullptr;
  std::uint32_t n = 0;
  for (std::size_t k = std::min(end, s.size()); k-- > 0;) {
    n = t.child(n, s[k]);
    if (n == 0) break;
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
