#pragma once
// Give a finished list's spare capacity back — but only when much is spare. shrink_to_fit copies
// into a new block while the old one is still held, so trimming a list with little to spare (a
// vector grown by doubling that ended just past a power of two) raises the peak by the whole list
// for nothing: with 500,000 numbers the copy alone was the run's peak (issue 16, memory per input
// byte). Spare beyond half of what is kept is the bar the readers use; a list trimmed before
// anything else is held (the decoded text) can take a lower one.
#include <cstddef>

namespace gouji {

template <class List>
void trim(List& list, std::size_t spare_over = 2) {
  if (list.capacity() - list.size() > list.size() / spare_over) list.shrink_to_fit();
}

}  // namespace gouji
