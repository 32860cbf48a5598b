#include "export/graphviz_io.h"

#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <graphviz/cgraph.h>

namespace newsgraph::formats {

namespace {

// ---------------------------------------------------------------------------
// Ids: one table per root graph, shared by its subgraphs.

// Names are cgraph's own reference-counted strings (agstrdup), as with its
// default discipline: cgraph looks before a name's bytes for its flags
// (an HTML-like label), so print() must return one of those, never a
// plain char array. Each object made with a name holds one reference,
// given back by free().
struct IdTable {
  Agraph_t* root;
  std::unordered_map<std::string_view, IDTYPE> by_name;  // views of the strings in `names`
  struct Name {
    char* text;  // agstrdup's, or nullptr once no object holds it
    size_t holders;
  };
  std::vector<Name> names;  // names[id / 2 - 1]
  IDTYPE next_anonymous = 1;
};

void* ids_open(Agraph_t* g, Agdisc_t*) { return new IdTable{g, {}, {}, 1}; }

long ids_map(void* state, int, char* name, IDTYPE* id, int create) {
  auto& table = *static_cast<IdTable*>(state);
  if (!name) {  // an anonymous object
    *id = table.next_anonymous;
    table.next_anonymous += 2;
    return 1;
  }
  auto it = table.by_name.find(name);
  if (it != table.by_name.end()) {
    *id = it->second;
    if (create) {
      agstrdup(table.root, name);
      ++table.names[*id / 2 - 1].holders;
    }
    return 1;
  }
  if (!create) return 0;  // cgraph then looks in its own map of internal names
  char* text = agstrdup(table.root, name);
  table.names.push_back({text, 1});
  *id = static_cast<IDTYPE>(2 * table.names.size());
  table.by_name.emplace(std::string_view(text), *id);
  return 1;
}

IdTable::Name* named(IdTable& table, IDTYPE id) {
  if (id % 2 != 0 || id == 0 || id / 2 > table.names.size()) return nullptr;  // anonymous
  IdTable::Name& name = table.names[id / 2 - 1];
  return name.text ? &name : nullptr;
}

long ids_alloc(void*, int, IDTYPE) { return 0; }  // no object asks for an id of its choosing
void ids_free(void* state, int, IDTYPE id) {
  auto& table = *static_cast<IdTable*>(state);
  IdTable::Name* name = named(table, id);
  if (!name) return;
  if (--name->holders == 0) {
    table.by_name.erase(std::string_view(name->text));
    agstrfree(table.root, name->text);
    name->text = nullptr;
  } else {
    agstrfree(table.root, name->text);
  }
}
char* ids_print(void* state, int, IDTYPE id) {
  IdTable::Name* name = named(*static_cast<IdTable*>(state), id);
  return name ? name->text : nullptr;
}
void ids_close(void* state) { delete static_cast<IdTable*>(state); }
void ids_register(void*, int, void*) {}

Agiddisc_t sequential_ids = {ids_open, ids_map, ids_alloc, ids_free, ids_print, ids_close, ids_register};

// ---------------------------------------------------------------------------
// I/O

// agwrite() hands every piece of output to put(), so nothing goes through
// a FILE*.
int stream_put(void* channel, const char* text) {
  auto& out = *static_cast<std::ostream*>(channel);
  out.write(text, static_cast<std::streamsize>(std::strlen(text)));
  return out ? 0 : EOF;
}
int stream_flush(void* channel) {
  auto& out = *static_cast<std::ostream*>(channel);
  out.flush();
  return out ? 0 : EOF;
}
int no_read(void*, char*, int) { return 0; }

Agiodisc_t ostream_io = {no_read, stream_put, stream_flush};
Agdisc_t ostream_disc = {&AgMemDisc, &sequential_ids, &ostream_io};

// Reading from memory a line at a time, as cgraph's own readers do.
struct Text {
  const char* at;
  const char* end;
};
int text_read(void* channel, char* buffer, int size) {
  auto& text = *static_cast<Text*>(channel);
  int n = 0;
  while (n + 1 < size && text.at < text.end) {
    char ch = *text.at++;
    buffer[n++] = ch;
    if (ch == '\n') break;
  }
  buffer[n] = '\0';
  return n;
}
int no_put(void*, const char*) { return EOF; }
int no_flush(void*) { return 0; }

Agiodisc_t text_io = {text_read, no_put, no_flush};
Agdisc_t text_disc = {&AgMemDisc, &sequential_ids, &text_io};

}  // namespace

Agdisc_s* ostream_discipline() { return &ostream_disc; }

Agraph_s* read_dot(const std::string& text) {
  Text channel{text.data(), text.data() + text.size()};
  return agread(&channel, &text_disc);
}

}  // namespace newsgraph::formats
