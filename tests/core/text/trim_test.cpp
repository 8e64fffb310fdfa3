#include <doctest/doctest.h>

#include <vector>

#include "text/trim.h"

using gouji::trim;

TEST_CASE("trim gives spare capacity back when more than half of what is kept is spare") {
  std::vector<int> v;
  v.reserve(100);
  v.assign(10, 7);
  trim(v);
  CHECK(v.capacity() < 100);
  CHECK(v.size() == 10);
  CHECK(v[9] == 7);
}

TEST_CASE("trim leaves a nearly full list alone: its copy would cost more than it frees") {
  // 500,000 numbers in a list of capacity 524,288 (grown by doubling): shrinking would hold both
  // blocks at once for 5 % saved.
  std::vector<int> v;
  v.reserve(1000);
  v.assign(900, 1);
  const int* before = v.data();
  trim(v);
  CHECK(v.capacity() >= 1000);
  CHECK(v.data() == before);
}

TEST_CASE("trim takes a lower bar where the caller holds nothing else yet") {
  std::vector<int> v;
  v.reserve(100);
  v.assign(80, 3);  // 20 spare: under half of 80, over an eighth
  std::vector<int> w = v;
  w.reserve(100);
  trim(v);
  CHECK(v.capacity() >= 100);
  trim(w, 8);
  CHECK(w.capacity() < 100);
  CHECK(w.size() == 80);
}
