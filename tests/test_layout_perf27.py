"""perf27: the Guardian's archive.today quotes found by tag (`guardian._class_bare_tweets`) are the quotes
``blockquote:not([class])`` finds."""

from selectolax.lexbor import LexborHTMLParser

from scraper.layouts.guardian import _class_bare_tweets

SIGNED = (
    "<p>Counting starts at nine.</p>— Leeds City Council (@LeedsCC) "
    '<a href="https://twitter.com/LeedsCC/status/1790000000000000002">May 3</a>'
)


def test_the_quotes_given_back_their_class_are_the_class_less_ones_the_query_finds() -> None:
    quotes = [
        f"<blockquote>{SIGNED}</blockquote>",  # no class: read as the tweet
        f'<blockquote class="">{SIGNED}</blockquote>',  # an empty class is a class attribute: left alone
        f'<BLOCKQUOTE CLASS="pull">{SIGNED}</BLOCKQUOTE>',  # a class, however the markup cases it
        f'<blockquote style="margin:0">{SIGNED}</blockquote>',  # another attribute only: read as the tweet
        "<blockquote><p>No signature here.</p></blockquote>",  # class-less, unsigned: left alone
        f"<div><blockquote>{SIGNED}</blockquote></div>",  # nested deeper: found as well
    ]
    html = f"<html><body>{''.join(quotes)}</body></html>"
    tree = LexborHTMLParser(html)
    _class_bare_tweets(tree)
    marked = [node.attributes.get("class") for node in tree.css("blockquote")]
    assert marked == ["twitter-tweet", "", "pull", "twitter-tweet", None, "twitter-tweet"]
