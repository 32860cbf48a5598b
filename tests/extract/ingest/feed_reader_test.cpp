#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extract/ingest/ingest.h"

namespace newsgraph::ingest {
namespace {

// FNV-1a 64 of the keys below, computed independently (Python).
constexpr const char* kHashGuid = "2b477533406a998b";        // "urn:item-1"
constexpr const char* kHashLink = "046a4a34057f5382";        // "https://example.com/b"
constexpr const char* kHashTitleDate = "e5628f0e64623d35";   // "Only a title\n2016-03-25"
constexpr const char* kHashAtomId = "de278f3d3a490864";      // "tag:example.com,2016:1"
constexpr const char* kHashRdfAbout = "19996468bdde5e78";    // "https://example.com/rdf/1"
constexpr const char* kHashNewLink = "6135293382b02252";     // "https://example.com/new"

const char* const kRss = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Example feed</title>
  <item>
    <title>Kerry meets Lavrov</title>
    <link>https://example.com/a</link>
    <guid isPermaLink="false">urn:item-1</guid>
    <pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate>
    <description>Short summary.</description>
    <content:encoded><![CDATA[<p>Full <b>story</b> here.</p><script>x()</script><p>Second paragraph.</p>]]></content:encoded>
  </item>
  <item>
    <title>Talks &amp;amp; more</title>
    <link> https://example.com/b </link>
    <dc:date>2016-03-25T10:00:00Z</dc:date>
    <description>&lt;p&gt;Escaped &lt;i&gt;HTML&lt;/i&gt;.&lt;/p&gt;</description>
  </item>
  <item>
    <title>Only a title</title>
    <pubDate>Fri, 25 Mar 2016 08:00:00 +0000</pubDate>
  </item>
</channel>
</rss>
)";

std::vector<Document> read_feed(const std::string& xml, std::vector<Skipped>& skipped, const ReadOptions& options = {}) {
  auto documents = parse_feed(xml, "feeds/world.rss", skipped, options);
  REQUIRE(documents.ok());
  return documents.value();
}

TEST_CASE("parse_feed reads RSS 2.0 items", "[ingest][feed]") {
  std::vector<Skipped> skipped;
  std::vector<Document> items = read_feed(kRss, skipped);
  CHECK(skipped.empty());
  REQUIRE(items.size() == 3);

  CHECK(items[0].id == std::string("world-") + kHashGuid);
  CHECK(items[0].title == "Kerry meets Lavrov");
  CHECK(items[0].date == "2003-06-10");
  CHECK(items[0].url == "https://example.com/a");
  CHECK(items[0].source == "feeds/world.rss");
  CHECK(items[0].text == "Full story here.\n\nSecond paragraph.");

  CHECK(items[1].id == std::string("world-") + kHashLink);
  CHECK(items[1].title == "Talks & more");
  CHECK(items[1].date == "2016-03-25");
  CHECK(items[1].url == "https://example.com/b");
  CHECK(items[1].text == "Escaped HTML.");

  // No content: the headline is the text; no guid or link: the id hashes title and date.
  CHECK(items[2].id == std::string("world-") + kHashTitleDate);
  CHECK(items[2].title == "Only a title");
  CHECK(items[2].date == "2016-03-25");
  CHECK(items[2].text == "Only a title");
}

TEST_CASE("parse_feed ids do not change when the feed gains items", "[ingest][feed]") {
  std::string grown = kRss;
  grown.replace(grown.find("  <item>"), 0,
                "  <item><title>New</title><link>https://example.com/new</link><description>New.</description></item>\n");
  std::vector<Skipped> skipped;
  std::vector<Document> before = read_feed(kRss, skipped);
  std::vector<Document> after = read_feed(grown, skipped);
  REQUIRE(after.size() == 4);
  CHECK(after[0].id == std::string("world-") + kHashNewLink);
  for (size_t i = 0; i < before.size(); ++i) CHECK(after[i + 1].id == before[i].id);
}

TEST_CASE("parse_feed reads Atom entries", "[ingest][feed]") {
  const char* atom = R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example</title>
  <entry>
    <title type="html">Kerry &amp;lt;3 Lavrov</title>
    <link rel="self" href="https://example.com/self"/>
    <link rel="alternate" href="https://example.com/atom/1"/>
    <id>tag:example.com,2016:1</id>
    <updated>2016-03-26T00:00:00Z</updated>
    <published>2016-03-25T00:00:00Z</published>
    <summary>Summary only.</summary>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>First &amp; <b>bold</b>.</p><p>Second.</p></div></content>
  </entry>
  <entry>
    <title>Plain</title>
    <link href="https://example.com/atom/2"/>
    <id>tag:example.com,2016:2</id>
    <updated>2016-03-26</updated>
    <content type="text">Line one
line two

Next paragraph with &lt;tags&gt; as text.</content>
  </entry>
  <entry>
    <title>Picture</title>
    <id>tag:example.com,2016:3</id>
    <content type="image/png" src="https://example.com/p.png"/>
    <summary type="html">&lt;p&gt;Caption.&lt;/p&gt;</summary>
  </entry>
</feed>
)";
  std::vector<Skipped> skipped;
  auto documents = parse_feed(atom, "news.atom", skipped);
  REQUIRE(documents.ok());
  const std::vector<Document>& entries = documents.value();
  CHECK(skipped.empty());
  REQUIRE(entries.size() == 3);
  CHECK(entries[0].id == std::string("news-") + kHashAtomId);
  CHECK(entries[0].title == "Kerry <3 Lavrov");
  CHECK(entries[0].url == "https://example.com/atom/1");
  CHECK(entries[0].date == "2016-03-25");
  CHECK(entries[0].text == "First & bold.\n\nSecond.");
  CHECK(entries[1].title == "Plain");
  CHECK(entries[1].url == "https://example.com/atom/2");
  CHECK(entries[1].date == "2016-03-26");
  CHECK(entries[1].text == "Line one line two\n\nNext paragraph with <tags> as text.");
  CHECK(entries[2].text == "Caption.");
  CHECK(entries[2].url == "");
}

TEST_CASE("parse_feed reads RSS 1.0 (RDF) items", "[ingest][feed]") {
  const char* rdf = R"(<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://example.com/"><title>Example</title></channel>
  <item rdf:about="https://example.com/rdf/1">
    <title>RDF item</title>
    <link>https://example.com/rdf/1</link>
    <description>An RDF description.</description>
    <dc:date>2016-03-25</dc:date>
  </item>
</rdf:RDF>
)";
  std::vector<Skipped> skipped;
  std::vector<Document> items = parse_feed(rdf, "x.rdf.xml", skipped).value();
  REQUIRE(items.size() == 1);
  CHECK(items[0].id == std::string("x.rdf-") + kHashRdfAbout);
  CHECK(items[0].title == "RDF item");
  CHECK(items[0].date == "2016-03-25");
  CHECK(items[0].text == "An RDF description.");
}

TEST_CASE("parse_feed skips items it cannot use, by line", "[ingest][feed]") {
  const char* feed =
      "<rss><channel>\n"
      "<item><title>Fine</title><guid>g1</guid><description>ok</description></item>\n"
      "<item><link>https://example.com/empty</link></item>\n"
      "<item><title>Big</title><description>0123456789012345678901234567890</description></item>\n"
      "<item><title> \v</title><description>\v\f</description></item>\n"
      "</channel></rss>";
  std::vector<Skipped> skipped;
  ReadOptions options;
  options.max_article_bytes = 20;
  std::vector<Document> items = read_feed(feed, skipped, options);
  REQUIRE(items.size() == 1);
  CHECK(items[0].text == "ok");
  REQUIRE(skipped.size() == 3);
  CHECK(skipped[2].source == "feeds/world.rss:5");  // whitespace alone, vertical tab too
  CHECK(skipped[2].reason == "no title or text");
  CHECK(skipped[0].source == "feeds/world.rss:3");
  CHECK(skipped[0].reason == "no title or text");
  CHECK(skipped[1].source == "feeds/world.rss:4");
  CHECK(skipped[1].reason == "larger than --max-article-bytes (20 bytes)");
  // The overload without `skipped` reads the same items.
  CHECK(parse_feed(feed, "feeds/world.rss", options).value().size() == 1);
}

TEST_CASE("parse_feed reports malformed XML with its line", "[ingest][feed]") {
  struct Case {
    std::string xml;
    const char* message;
  };
  const Case cases[] = {
      {"<rss><channel>\n<item><title>x</title>\n<description>cut", "f.xml:3: malformed XML: Start-end tags mismatch"},
      {"<rss>\n<channel>\n</item>\n</channel></rss>", "f.xml:3: malformed XML: Start-end tags mismatch"},
      {"<?xml version=\"1.0\"?>\n", "f.xml:2: malformed XML: No document element found"},
      {"", "f.xml: empty file"},
      {"<html><body>x</body></html>", "f.xml: not an RSS or Atom feed (root element <html>)"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.xml);
    auto documents = parse_feed(c.xml, "f.xml");
    REQUIRE_FALSE(documents.ok());
    CHECK(documents.status().code() == Status::Code::kBadInput);
    CHECK(documents.status().message() == c.message);
  }
}

TEST_CASE("parse_feed does not expand DTD entities", "[ingest][feed]") {
  const char* laughs = R"(<?xml version="1.0"?>
<!DOCTYPE rss [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY xxe SYSTEM "file:///etc/passwd">
]>
<rss><channel><item><title>&lol3;</title><description>A &xxe; B</description></item></channel></rss>
)";
  std::vector<Skipped> skipped;
  std::vector<Document> items = read_feed(laughs, skipped);
  REQUIRE(items.size() == 1);
  CHECK(items[0].title == "&lol3;");
  CHECK(items[0].text == "A &xxe; B");
}

TEST_CASE("parse_feed decodes the feed's encoding", "[ingest][feed]") {
  std::string latin1 = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\r\n"
                       "<rss><channel><item><title>Caf\xE9</title></item></channel></rss>";
  std::vector<Skipped> skipped;
  std::vector<Document> items = read_feed(latin1, skipped);
  REQUIRE(items.size() == 1);
  CHECK(items[0].title == "Caf\xC3\xA9");
}

TEST_CASE("parse_feed keeps text valid UTF-8 whatever character references name", "[ingest][feed]") {
  const char* feed =
      "<rss><channel><item><title>A&#xD800;B</title><guid>g</guid>"
      "<description>x&#0;y</description></item></channel></rss>";
  std::vector<Skipped> skipped;
  std::vector<Document> items = read_feed(feed, skipped);
  REQUIRE(items.size() == 1);
  CHECK(items[0].title == "A\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD" "B");
  CHECK(items[0].text == "x");  // pugixml ends a value at U+0000
}

TEST_CASE("parse_feed survives deeply nested XML", "[ingest][feed]") {
  std::string xml = "<rss><channel><item><title>t</title><description>";
  for (int i = 0; i < 200000; ++i) xml += "<d>";
  xml += "deep";
  for (int i = 0; i < 200000; ++i) xml += "</d>";
  xml += "</description></item></channel></rss>";
  std::vector<Skipped> skipped;
  std::vector<Document> items = read_feed(xml, skipped);
  REQUIRE(items.size() == 1);
  CHECK(items[0].text == "deep");
}

}  // namespace
}  // namespace newsgraph::ingest
