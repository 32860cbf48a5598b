// Internal to extract/: the parts the meeting extractor
// (meeting_extractor.cpp) is made of, one concern per file:
//   meeting_participants.cpp  who met: a report's subject and objects, lists
//                             of names, countries as sides
//   meeting_modality.cpp      how it is told: negated, planned, ongoing, by
//                             phone, just over; which words are the verb
//   meeting_when_where.cpp    the date and place a report gives
//   meeting_fold.cpp          one meeting told several times in an article
// Tokens are indices into the Annotation, a Sentence is the window a report
// is read in (window_around), and people are Annotation::entities indices.
// Functions of tokens only read the annotation, except hyphenated_sides.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "extract/extractors.h"

namespace newsgraph::extract::meeting {

struct Meeting {
  std::vector<int32_t> people;  // entity indexes, sorted
  std::string kind, date, status, place;
  std::vector<Evidence> evidence;
  std::vector<uint32_t> anchors;  // first token of each report
};

// "No token".
inline constexpr uint32_t kNone = ~0u;

// ---------------------------------------------------------------------------
// Who met (meeting_participants.cpp)

// The nearest "meeting", "meetings" or "talks" before token k, in its
// sentence or the two before, or kNone.
uint32_t meeting_noun_before(const Annotation& a, uint32_t si, uint32_t k);

// Whether token t is in a named or pronoun mention of a resolved person.
bool is_person(const Annotation& a, uint32_t t);

// People named in the article, by the last word of their name ("Kerry",
// "Clercq" for Willy de Clercq).
std::map<std::string, std::set<int32_t>> people_by_surname(const Annotation& a);

// "the Yeutter-de Clercq meeting", "the Putin-Trump summit": surnames
// joined by hyphens or dashes right before the noun, each the surname of
// one person of the article. The compound may sit inside a name the
// gazetteers claimed ("Putin-Trump summit" read as an event): then that
// name is this meeting, and gives way to it.
std::vector<std::vector<int32_t>> hyphenated_sides(Annotation& a, const Sentence& s, uint32_t k,
                                                   const std::map<std::string, std::set<int32_t>>& by_surname);

// People listed from t onwards: "X", "X and Y", "X, Y and Z", with titles
// and adjectives between.
std::vector<int32_t> group_after(const Annotation& a, const Sentence& s, uint32_t t, int max_gap);

// Who met in the report at trigger k. "talks between X, Y and Z" is one
// meeting of all; "X met A and B" is two (X-A, X-B) unless the text says
// they met together; "X and Y met" is one.
// `last_subject` carries the subject of the sentence's previous trigger.
std::vector<std::vector<int32_t>> participants(const Annotation& a, const Sentence& s, uint32_t k, bool verb,
                                               std::vector<int32_t>& last_subject);

// ---------------------------------------------------------------------------
// How it is told (meeting_modality.cpp)

// Whether "host(s)" at k is the noun ("a host of stars", "television host
// Dick Clark"), not the verb, which follows its subject or a modal.
bool host_noun(const Annotation& a, const Sentence& s, uint32_t k);

// A form of "be".
bool is_be(std::string_view w);

// Whether a person, or a title or a country's adjective before one,
// follows the word at k: "meeting John Kerry", "meeting U.S. Secretary
// of State John Kerry".
bool object_follows(const Annotation& a, const Sentence& s, uint32_t k);

// Whether the trigger at k is in a clause that opens the sentence with
// no name or comma before it ("Within hours of his final talks with").
bool leading_clause(const Annotation& a, const Sentence& s, uint32_t k);

// Whether "meeting" at k follows a form of "be", past adverbs ("are
// today meeting", "was also meeting").
bool progressive(const Annotation& a, const Sentence& s, uint32_t k);

// Whether the verb at k has an object that starts right after it (past
// adverbs and dates): a capitalised word, a title or a country's
// adjective ("are today meeting British Chancellor ...").
bool has_object(const Annotation& a, const Sentence& s, uint32_t k);

// Whether the report at k says the meeting did not happen: a negation
// just before ("did not meet", "refused to meet") or a meeting named and
// then called off ("the summit, planned for May, was cancelled").
bool negated(const Annotation& a, const Sentence& s, uint32_t k);

// Whether the sentence of the verb at k tells a match of a tournament, not
// a meeting: "He now meets Mariano Puerta, who beat the top seed", "could
// meet Rusedski in the second round", "will meet Henman in the final".
bool match_of_play(const Annotation& a, const Sentence& s);

// Whether the report at k is of a phone call ("spoke by phone", "talked
// with X over the telephone").
bool phone(const Annotation& a, const Sentence& s, uint32_t k);

// "ongoing" ("talks continue"), "planned" ("will meet", "is to hold
// talks", "the meeting, scheduled for July") or "occurred".
std::string status(const Annotation& a, const Sentence& s, uint32_t k);

// A meeting the report tells as just over: "Speaking after farm trade
// talks with", "just back from trade talks in". The words give no day,
// but news tells of such a meeting in the month it is written: the
// article's month is the date, at that precision. "Recently" is not so
// near: it may be last month.
bool just_over(const Annotation& a, const Sentence& s, uint32_t k);

// ---------------------------------------------------------------------------
// When and where (meeting_when_where.cpp)

// The article's month ("1987-04"), or its year where that is all it
// gives; empty without a date.
std::string article_month(const Annotation& a);

// Whether an ISO date (at any precision) lies wholly after the article's.
bool after_article(const Annotation& a, const std::string& date);

// The ISO date of the date mention nearest to k in its sentence, resolved
// against the article's (forward for a planned meeting); empty if none.
std::string nearest_date(const Annotation& a, const Sentence& s, uint32_t k, bool future);

// "in Moscow", "at the Kremlin", "in the resort city of Sochi".
std::string nearest_place(const Annotation& a, const Sentence& s, uint32_t k);
// A meeting that its reports place nowhere took place where one of its
// people went in the article, when the article sends them to one place
// only ("Conable arrived in Indonesia on Saturday ... after talks with
// President Suharto").
void place_from_visits(const Annotation& a, std::vector<Meeting>& meetings);
// A meeting that its reports date nowhere took place on the day one of its
// people was in that place, when the article gives one such day only: the
// date of their visit there, or of their other meeting there ("Kerry walks
// in the Kremlin with Lavrov on Thursday, March 24 ... Kerry's meetings in
// Moscow included talks with Putin"). Run after place_from_visits.
void date_from_visits(const Annotation& a, std::vector<Meeting>& meetings);

// ---------------------------------------------------------------------------
// Folding (meeting_fold.cpp)

// One article tells a meeting more than once: reports with the same
// people and kind merge when their dates agree, and an undated report
// joins the single dated meeting of the same people.
std::vector<Meeting> fold(std::vector<Meeting>& found);

// "Japanese officials tomorrow open talks with American negotiators.
// Makoto Kuroda is to hold meetings with Michael Smith and Bruce Smart":
// when the people of a meeting each represent one country and those
// countries are the sides of a meeting of countries alone, with
// compatible dates and places, the people's meeting is what the sides'
// report told: it takes its date and place, and the sides' meeting is
// dropped. Every meeting of people that fits does so, since a lead's
// talks are often told as several meetings after it.
void join_sides_to_people(const Annotation& a, std::vector<Meeting>& meetings);

}  // namespace newsgraph::extract::meeting
