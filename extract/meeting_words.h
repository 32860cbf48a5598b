// Internal to extract/: the words the meeting extractor reads, shared by
// its parts (meeting_parts.h). Lists, not data files: they are the grammar
// of how English news reports a meeting, not a gazetteer of names.
#pragma once

#include <algorithm>
#include <array>
#include <string_view>

#include "extract/extractors.h"

namespace newsgraph::extract::meeting {

// Words that report a meeting. Verbs take their object directly ("met
// Putin") or through "with"; nouns take "with" or "between".
inline constexpr std::array<std::string_view, 15> kMeetVerbs = {
    "met",      "meet",    "meets",  "hosted",     "hosts",  "host", "received", "receives",
    "welcomed", "welcomes", "greeted", "visited", "telephoned", "phoned", "rang"};
inline constexpr std::array<std::string_view, 25> kMeetWithWords = {
    "meeting",      "meetings",   "talks",     "talked",       "talk",          "spoke",     "speaks",
    "speak",        "conferred",  "conversation", "conversations", "discussions", "negotiations", "call",
    "discussion",   "consultations", "contact", "negotiated", "lunch",         "dinner",    "breakfast",
    "dined",        "lunched",    "sat",       "sit"};
inline constexpr std::array<std::string_view, 5> kPhoneWords = {"phone", "telephone", "phoned", "telephoned", "call"};
inline constexpr std::array<std::string_view, 16> kPlanned = {"will", "'ll", "would", "shall", "expected", "plans", "planned",
                                                       "due", "scheduled", "upcoming", "forthcoming", "proposed", "next", "hopes", "preparing", "prepare"};
inline constexpr std::array<std::string_view, 10> kNegation = {"not", "n't", "never", "refused", "declined",
                                                        "cancelled", "canceled", "postponed", "without", "no"};
// Adverbs between a meeting verb and its "with": "met here with", "met
// separately with".
inline constexpr std::array<std::string_view, 12> kAdverbs = {"briefly", "privately", "here", "there", "again", "separately",
                                                       "later", "today", "yesterday", "also", "first", "secretly"};
// Words that say who was at a meeting, before the list of them:
// "Officials seen arriving included", "Those present were".
inline constexpr std::array<std::string_view, 8> kAttendanceWords = {"attending", "arriving", "present",   "attendees",
                                                              "participants", "delegates", "attended", "arrived"};
// Words that may follow the person a verb takes: "received Kerry at the
// Kremlin", "welcomed Putin warmly" (adverbs are listed in kAdverbs).
inline constexpr std::array<std::string_view, 14> kObjectFollowers = {
    "at", "in", "on", "for", "and", "to", "with", "who", "after", "before", "during", "when", "as", "warmly"};
// Nouns for a person in relation to another, before a name in a list of
// participants: "John Kerry and his Russian counterpart Sergei Lavrov".
inline constexpr std::array<std::string_view, 4> kRelationalNouns = {"counterpart", "counterparts", "colleague", "guest"};
// Nouns of people who serve or stand by another, after that other's name:
// "a Jackson associate, Marc Schaffel".
inline constexpr std::array<std::string_view, 12> kAideNouns = {
    "associate", "aide", "adviser", "advisor", "spokesman", "spokeswoman",
    "lawyer",    "attorney", "friend", "ally", "envoy", "emissary"};
// Words of a relative date between a meeting noun and its "between":
// "a meeting later this month between X and Y".
inline constexpr std::array<std::string_view, 8> kTimeWords = {"this", "next", "last", "week", "month", "year", "weekend", "earlier"};
// Nouns after a country's adjective that make the country a side:
// "Chinese officials", "the Iranian delegation".
inline constexpr std::array<std::string_view, 11> kSideNouns = {"officials", "diplomats", "delegation", "delegations",
                                                         "counterparts", "negotiators", "government", "leaders",
                                                         "authorities", "envoys", "representatives"};
// What a state's officials deal in, between a country's adjective and
// the side noun: "American trade negotiators".
inline constexpr std::array<std::string_view, 16> kStateFields = {
    "trade",    "foreign",  "finance", "financial", "monetary", "economic", "defence",     "defense",
    "military", "security", "senior",  "top",       "ministry", "farm",     "agriculture", "government"};
// Lower-case words inside surnames: "de Clercq", "van Rompuy", "al-Assad".
inline constexpr std::array<std::string_view, 8> kParticles = {"de", "da", "di", "du", "van", "von", "al", "el"};
inline constexpr std::array<std::string_view, 5> kOngoing = {"continue", "continues", "continuing", "ongoing", "resumed"};

}  // namespace newsgraph::extract::meeting
