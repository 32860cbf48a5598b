#include <catch2/catch.hpp>

#include <string>

#include "extract/ingest/html_text.h"
#include "extract/ingest/ingest.h"

namespace newsgraph::ingest {
namespace {

Document read_page(const std::string& html, const std::string& source = "site/page.html") {
  auto documents = parse_html(html, source);
  REQUIRE(documents.ok());
  REQUIRE(documents.value().size() == 1);
  return documents.value()[0];
}

const char* const kNewsPage = R"(<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Kerry meets Lavrov | Example News</title>
  <meta property="og:title" content="Kerry and Lavrov meet in Moscow">
  <meta property="article:published_time" content="2016-03-24T18:30:00+03:00">
  <link rel="canonical" href="https://example.com/kerry-lavrov">
  <style>p { color: red }</style>
  <script>var x = "<p>not text</p>";</script>
</head>
<body class="page has-sidebar">
  <header><div class="logo">Example News</div></header>
  <nav><a href="/">Home</a> <a href="/world">World</a></nav>
  <div class="menu">Menu item</div>
  <article>
    <header><h1>Kerry and Lavrov meet</h1><p class="byline">By A. Writer</p></header>
    <p>Secretary of State John Kerry met   Foreign Minister
       Sergei Lavrov on <b>Thursday</b>.</p>
    <p>They discussed Syria<br>and Ukraine.</p>
    <div class="share-buttons">Share on Facebook</div>
    <figure><img src="x.jpg" alt="photo"><figcaption>Kerry &amp; Lavrov&nbsp;in Moscow.</figcaption></figure>
    <ul><li>First point</li><li>Second point</li></ul>
    <table><tr><td>Cell one</td><td>Cell two</td></tr></table>
    <aside>Related: other story</aside>
    <div id="comments">Comment: great</div>
    <p class="commentary">A commentary paragraph.</p>
    <footer>Tags: diplomacy</footer>
  </article>
  <aside class="sidebar">Most read</aside>
  <footer>Copyright</footer>
  <noscript>Enable JavaScript</noscript>
  <form><input value="search"><button>Go</button></form>
</body>
</html>)";

TEST_CASE("parse_html takes the article's text, title, date and url", "[ingest][html]") {
  Document d = read_page(kNewsPage);
  CHECK(d.id == "page");
  CHECK(d.source == "site/page.html");
  CHECK(d.title == "Kerry and Lavrov meet in Moscow");
  CHECK(d.date == "2016-03-24");
  CHECK(d.url == "https://example.com/kerry-lavrov");
  CHECK(d.text ==
        "Kerry and Lavrov meet\n\n"
        "By A. Writer\n\n"
        "Secretary of State John Kerry met Foreign Minister Sergei Lavrov on Thursday.\n\n"
        "They discussed Syria\n\n"
        "and Ukraine.\n\n"
        "Kerry & Lavrov in Moscow.\n\n"
        "First point\n\n"
        "Second point\n\n"
        "Cell one Cell two\n\n"
        "A commentary paragraph.");
}

TEST_CASE("parse_html gives valid UTF-8 where gumbo overflows a character reference", "[ingest][html]") {
  // Gumbo 0.10.1 writes a lone byte for a numeric reference whose digits
  // overflow; it comes out as U+FFFD.
  for (const char* html : {"<p>Cafe &#99999999999999999999999999; au lait</p>",
                           "<p>Cafe &#xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF20caf; au lait</p>"}) {
    CAPTURE(html);
    CHECK(read_page(html).text == "Cafe \xEF\xBF\xBD au lait");
  }
}

TEST_CASE("parse_html without <article> reads <main>, role=main, then <body>", "[ingest][html]") {
  CHECK(read_page("<body><p>Outside</p><main><p>Inside main</p></main></body>").text == "Inside main");
  CHECK(read_page("<body><p>Outside</p><div role=main><p>Inside role</p></div></body>").text == "Inside role");
  CHECK(read_page("<body><header>Site</header><p>One</p><div>Two</div>Three</body>").text ==
        "One\n\nTwo\n\nThree");
}

TEST_CASE("parse_html takes the <article> with the most text", "[ingest][html]") {
  std::string page =
      "<body><article><p>Teaser</p></article>"
      "<article><p>The full story, which is longer.</p></article></body>";
  CHECK(read_page(page).text == "The full story, which is longer.");
}

TEST_CASE("parse_html does not take a teaser <article> for the story", "[ingest][html]") {
  std::string story = "<p>The story that is not marked up as an article, told at length.</p>";
  CHECK(read_page("<body><div class=story>" + story + "</div><aside><article><p>Teaser</p></article></aside></body>")
            .text == "The story that is not marked up as an article, told at length.");
  CHECK(read_page("<body><div class=story>" + story + "</div><div class=more><article><p>Teaser</p></article></div></body>")
            .text == "The story that is not marked up as an article, told at length.\n\nTeaser");
}

TEST_CASE("parse_html ignores boilerplate markers that would leave no text", "[ingest][html]") {
  CHECK(read_page("<body><div class=\"share\">Only share text</div></body>").text == "Only share text");
  CHECK(read_page("<body><article></article><p>Body text</p></body>").text == "Body text");
}

TEST_CASE("parse_html drops elements marked as boilerplate", "[ingest][html]") {
  struct Case {
    const char* element;
    bool dropped;
  };
  const Case cases[] = {
      {"<div class=\"site-navigation\">x</div>", true},
      {"<div id=\"main-menu\">x</div>", true},
      {"<div class=\"sidebar-left\">x</div>", true},
      {"<div class=\"article_footer\">x</div>", true},
      {"<section id=\"comments\">x</section>", true},
      {"<div class=\"social share\">x</div>", true},
      {"<div class=\"related-links\">x</div>", true},
      {"<div id=\"cookie-banner\">x</div>", true},
      {"<div class=\"subscribe-box\">x</div>", true},
      {"<div class=\"Advert\">x</div>", true},
      {"<div role=\"navigation\">x</div>", true},
      {"<div role=\"banner\">x</div>", true},
      {"<div role=\"contentinfo\">x</div>", true},
      {"<div role=\"complementary\">x</div>", true},
      {"<div class=\"commentary\">x</div>", false},
      {"<div class=\"unrelated\">x</div>", false},
      {"<div class=\"menuitem-like\">x</div>", false},
      {"<div role=\"note\">x</div>", false},
  };
  for (const Case& c : cases) {
    CAPTURE(c.element);
    std::string page = std::string("<body><p>Kept.</p>") + c.element + "</body>";
    CHECK(read_page(page).text == (c.dropped ? "Kept." : "Kept.\n\nx"));
  }
}

TEST_CASE("parse_html takes the title from og:title, twitter:title, <title>, then <h1>", "[ingest][html]") {
  struct Case {
    const char* head;
    const char* expected;
  };
  const Case cases[] = {
      {"<meta property=og:title content='OG'><meta name=twitter:title content='TW'><title>T</title>", "OG"},
      {"<meta name=twitter:title content='TW'><title>T</title>", "TW"},
      {"<title>\n  The   title \n</title>", "The title"},
      {"", "Heading one"},
      {"<svg><title>Icon</title></svg>", "Heading one"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.head);
    std::string page = std::string("<html><head>") + c.head + "</head><body><h1>Heading <i>one</i></h1><p>x</p></body>";
    CHECK(read_page(page).title == c.expected);
  }
}

TEST_CASE("parse_html reads the publication date from metadata", "[ingest][html]") {
  struct Case {
    std::string head;
    std::string body;
    const char* expected;
  };
  const Case cases[] = {
      {"<meta property='article:published_time' content='2016-03-25T04:17:00Z'>", "", "2016-03-25"},
      {"<meta property='og:published_time' content='2016-03-25'>", "", "2016-03-25"},
      {"<meta name='pubdate' content='2016-03-25'>", "", "2016-03-25"},
      {"<meta name='publishdate' content='2016-03-25'>", "", "2016-03-25"},
      {"<meta name='date' content='2016-03-25'>", "", "2016-03-25"},
      {"<meta name='dc.date' content='2016-03-25'>", "", "2016-03-25"},
      {"<meta name='DC.date.issued' content='2016-03-25'>", "", "2016-03-25"},
      {"<meta name='sailthru.date' content='Fri, 25 Mar 2016 04:17:00 -0400'>", "", "2016-03-25"},
      {"<meta name='parsely-pub-date' content='2016-03-25T08:17:00Z'>", "", "2016-03-25"},
      {"<meta itemprop='datePublished' content='2016-03-25'>", "", "2016-03-25"},
      // The most specific tag wins; one that is no date is passed over.
      {"<meta name='date' content='2015-01-01'><meta property='article:published_time' content='2016-03-25'>", "",
       "2016-03-25"},
      {"<meta property='article:published_time' content='soon'><meta name='date' content='2016-03-25'>", "",
       "2016-03-25"},
      {"", "<article><p>x <time datetime='2016-03-25T10:00'>Friday</time></p></article>", "2016-03-25"},
      {"", "<time datetime='2015-01-01'>outside</time><article><p>The article itself.</p></article>", ""},
      {"<script type='application/ld+json'>{\"@graph\": [{\"@type\": \"WebPage\"}, "
       "{\"@type\": \"NewsArticle\", \"datePublished\": \"2016-03-25T04:17:00-04:00\"}]}</script>",
       "", "2016-03-25"},
      {"<script type='application/ld+json'>{not json</script>", "", ""},
      // No metadata: the date the article states at its top.
      {"", "<article><h1>Headline</h1><p>By A. Writer | March 25, 2016</p><p>Text.</p></article>", "2016-03-25"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.head, c.body);
    std::string page = "<html><head>" + c.head + "</head><body>" + (c.body.empty() ? "<p>x</p>" : c.body) + "</body>";
    CHECK(read_page(page).date == c.expected);
  }
}

TEST_CASE("parse_html takes the url from the canonical link, then og:url", "[ingest][html]") {
  CHECK(read_page("<head><meta property=og:url content='https://e.com/og'>"
                  "<link rel='Canonical alternate' href=' https://e.com/c '></head><p>x</p>")
            .url == "https://e.com/c");
  CHECK(read_page("<head><meta property=og:url content='https://e.com/og'></head><p>x</p>").url == "https://e.com/og");
}

TEST_CASE("parse_html reads malformed HTML as browsers do", "[ingest][html]") {
  CHECK(read_page("<p>Unclosed <b>bold <i>text</p><div>next<p>last").text == "Unclosed bold text\n\nnext\n\nlast");
  CHECK(read_page("<p>a&#xD800;b&#0;c</p>").text == "a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c");
  CHECK(read_page("</div></span>Stray end tags<<>> &amp &bogus; &#x41;").text == "Stray end tags<<>> & &bogus; A");
}

TEST_CASE("parse_html on bytes that are not HTML", "[ingest][html]") {
  CHECK(read_page("Just a line of text.\nAnd another.").text == "Just a line of text. And another.");
  auto binary = parse_html(std::string("\x89PNG\r\n\x1a\n\0\0", 10), "img.html");
  REQUIRE_FALSE(binary.ok());
  CHECK(binary.status().message() == "img.html: binary file, not text");
  auto empty = parse_html("<html><script>x()</script></html>", "blank.html");
  REQUIRE_FALSE(empty.ok());
  CHECK(empty.status().message() == "blank.html: no article text");
  auto nothing = parse_html("", "none.html");
  REQUIRE_FALSE(nothing.ok());
  CHECK(nothing.status().message() == "none.html: empty file");
  ReadOptions small;
  small.max_article_bytes = 5;
  auto large = parse_html("<p>123456</p>", "big.html", small);
  REQUIRE_FALSE(large.ok());
  CHECK(large.status().message() == "big.html: larger than --max-article-bytes (5 bytes)");
}

TEST_CASE("parse_html decodes Windows-1252 pages", "[ingest][html]") {
  CHECK(read_page("<p>Caf\xE9 \x93open\x94</p>").text == "Caf\xC3\xA9 \xE2\x80\x9Copen\xE2\x80\x9D");
}

TEST_CASE("parse_html survives 200,000 levels of nesting", "[ingest][html]") {
  for (const char* tag : {"div", "span", "b", "table"}) {
    CAPTURE(tag);
    std::string page = "<html><body>";
    for (int i = 0; i < 200000; ++i) page += std::string("<") + tag + ">";
    page += "deep text";
    CHECK(read_page(page).text == "deep text");
  }
}

TEST_CASE("deep nesting keeps every block's text in order", "[ingest][html]") {
  std::string page = "<body>";
  std::string expected;
  for (int i = 0; i < 2000; ++i) {
    page += "<div>w" + std::to_string(i);
    expected += (i ? "\n\nw" : "w") + std::to_string(i);
  }
  for (int i = 0; i < 2000; ++i) page += "</div>";
  page += "<p>after</p>";
  CHECK(read_page(page).text == expected + "\n\nafter");
}

TEST_CASE("flatten_deep_nesting leaves pages within the limit alone", "[ingest][html]") {
  CHECK_FALSE(flatten_deep_nesting("<div><div><p>x</div></div>", 2));
  CHECK_FALSE(flatten_deep_nesting("<p><p><p><li><li><br><br><img>", 1));  // not nesting
  CHECK_FALSE(flatten_deep_nesting("<script><div><div><div></script><!-- <div><div> -->", 1));
  CHECK(flatten_deep_nesting("<div><span><i a='>'>x</i></span></div>", 2) == "<div><span>x</span></div>");
  CHECK(flatten_deep_nesting("<div><div><div>x</div></div></div>", 1) == "<div><br><br>x<br><br></div>");
}

}  // namespace
}  // namespace newsgraph::ingest
