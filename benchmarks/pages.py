"""Live pages of every family, rendered from the same generated posts (benchmarks/corpus.py).

- `webcore_page`: BBC WebCore (hashed `ssrcss-<hash>-<Name>` classes, `data-testid`, consent-gated tweets,
  "Image source, X" figures, and the posts again in `window.__INITIAL_DATA__` as a JSON text inside a JS
  string literal, BBC-MARKUP.md §2);
- `lx_page`: BBC LX (`lx-stream*` / `qa-*` classes, times without a year, a "Get Involved" block);
- `guardian_page`: Guardian DCR blocks (`article#block-…`, `time[datetime]`) with LiveBlogPosting JSON-LD;
- `text_page`: a plain-text copy like shared/seed/ (title and "published at …" glued, boilerplate lines).
"""

from __future__ import annotations

import html
import json
import random
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from benchmarks.corpus import GenImage, GenPost, make_posts

LONDON = ZoneInfo("Europe/London")
FETCHED_AT = datetime(2021, 5, 8, 9, 0, tzinfo=UTC)
WEBCORE_URL = "https://www.bbc.co.uk/news/live/uk-england-nottinghamshire-56931665?page=2"
LX_URL = "https://www.bbc.co.uk/news/live/uk-england-derbyshire-48117960/page/2"
GUARDIAN_URL = "https://www.theguardian.com/politics/live/2021/may/07/local-elections-2021-results-live"
TWITTER_CONSENT = (
    "This article contains content provided by Twitter. We ask for your permission before anything is loaded, "
    "as they may be using cookies and other technologies. You may want to read Twitter’s cookie policy, external "
    "and privacy policy, external before accepting. To view this content choose ‘accept and continue’."
)
NOT_RESPONSIBLE = "The BBC is not responsible for the content of external sites."
CANNOT_DISPLAY = (
    "This Twitter post cannot be displayed in your browser. Please enable Javascript or try a different browser."
)
_CSS = "".join(f".ssrcss-{i:x}a{i * 7 % 997:03d}-Rule{i}{{margin:{i % 9}px;padding:0 {i % 5}rem}}" for i in range(400))


def e(text: str) -> str:
    return html.escape(text, quote=True)


def london(when: datetime) -> datetime:
    return when.astimezone(LONDON)


def bbc_published(when: datetime) -> str:
    """ "21:00 British Summer Time 7 May 2021" (the WebCore visually-hidden wording)."""
    local = london(when)
    zone = "British Summer Time" if local.dst() else "Greenwich Mean Time"
    return f"{local:%H:%M} {zone} {local.day} {local:%B %Y}"


class Classes:
    """Emotion class names `ssrcss-<hash>-<Name> e<hash>0`: the hash changes per deploy (per seed)."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._names: dict[str, str] = {}

    def __call__(self, name: str) -> str:
        if name not in self._names:
            h = "".join(self._rng.choice("0123456789abcdefghijklmnopqrstuvwxyz") for _ in range(7))
            self._names[name] = f"ssrcss-{h[:6]}-{name} e{h[1:6]}{len(self._names) % 10}"
        return self._names[name]


# --- BBC WebCore: JSON post model -----------------------------------------------------------------------


def _fragment(text: str) -> dict[str, Any]:
    return {"type": "fragment", "model": {"text": text, "attributes": []}}


def _text_block(text: str) -> dict[str, Any]:
    para = {"type": "paragraph", "model": {"text": text, "blocks": [_fragment(text)]}}
    return {"type": "text", "model": {"blocks": [para]}}


def _image_block(img: GenImage) -> dict[str, Any]:
    raw = {"locator": img.locator, "originCode": "cpsprodpb", "copyrightHolder": img.credit, "width": 976,
           "height": 549}  # fmt: skip
    blocks: list[dict[str, Any]] = [
        {"type": "rawImage", "model": raw},
        {"type": "altText", "model": {"blocks": [_text_block(img.alt)]}},
    ]
    if img.caption:
        blocks.append({"type": "caption", "model": {"blocks": [_text_block(img.caption)]}})
    return {"type": "image", "model": {"blocks": blocks}}


def _social_block(url: str) -> dict[str, Any]:
    oembed = {"provider_name": "twitter", "url": url,
              "html": f'<blockquote class="twitter-tweet"><a href="{url}">View original content on Twitter</a></blockquote>'}  # fmt: skip
    rendition = {"type": "renditions", "model": {"locator": "", "blocks": [{"type": "aresOEmbed", "model": {"oembed": oembed}}]}}  # fmt: skip
    return {"type": "social", "model": {"source": url, "href": url, "blocks": [rendition]}}


def post_json(post: GenPost) -> dict[str, Any]:
    """A post in BBC's TIPO/Optimo model (urn, dates, header and content blocks), as in shared/reference/."""
    header: list[dict[str, Any]] = [{"type": "headline", "model": {"blocks": [_text_block(post.title)]}}]
    if post.author:
        header.append({"type": "contributor", "model": {"name": post.author, "subtitle": post.role, "link": None,
                                                          "external": False, "blocks": []}})  # fmt: skip
    content: list[dict[str, Any]] = [
        {"type": "paragraph", "model": {"text": p, "blocks": [_fragment(p)]}} for p in post.paragraphs
    ]
    content += [_social_block(t) for t in post.tweets]
    content += [_image_block(i) for i in post.images]
    iso = post.published.strftime("%Y-%m-%dT%H:%M:%S+00:00")
    return {
        "urn": post.urn, "type": "POST", "typeCode": None,
        "link": {"url": post.promo_url, "title": post.title} if post.promo_url else None,
        "options": {"isBreakingNews": post.breaking},
        "dates": {"firstPublished": iso, "lastPublished": iso, "time": None,
                  "curated": post.published.strftime("%Y-%m-%dT%H:%M:%S.123Z")},
        "header": {"model": {"blocks": header}}, "content": {"model": {"blocks": content}},
    }  # fmt: skip


def initial_data_script(posts: list[GenPost], page: int, total: int, stream_id: str) -> str:
    """`<script>window.__INITIAL_DATA__="…";</script>`: the JSON document as a JS string literal."""
    key = (f"stream?assetId=c64gdwl1yrqwt&globalContainerPolling=true&language=en-GB&liveTextStreamId={stream_id}"
           f"&pageNumber={page}&pageSize={len(posts)}&pageUrl=%2Fnews%2Flive%2Fuk-england-nottinghamshire-56931665")  # fmt: skip
    stream = {"page": {"index": page, "total": total}, "results": [post_json(p) for p in posts]}
    data = {"data": {
        key: {"name": "stream", "props": {"liveTextStreamId": stream_id, "pageNumber": page}, "data": stream,
              "contentType": "application/json; charset=utf-8", "isErrorResponse": False, "statusCode": 200},
        "navigation?language=en-GB": {"name": "navigation", "data": {"links": [{"title": t, "url": f"/news/{t.lower()}"}
                                       for t in ("Home", "UK", "World", "Business", "Politics", "Tech", "Science")]}},
    }}  # fmt: skip
    literal = json.dumps(json.dumps(data, separators=(",", ":"))).replace("</", "<\\/")
    return f"<script>window.__INITIAL_DATA__={literal};</script>"


# --- BBC WebCore: server-rendered HTML ------------------------------------------------------------------


def _webcore_tweet(c: Classes, url: str, n: int) -> str:
    return (
        f'<div class="{c("SocialEmbedWrapper")}" data-component="social-embed">'
        f'<p class="{c("Placeholder")}">{e(CANNOT_DISPLAY)}<a href="{e(url)}">View original content on Twitter</a></p>'
        f'<p class="{c("Disclaimer")}">{e(NOT_RESPONSIBLE)}</p>'
        f'<a href="#end-of-twitter-content-{n}" class="{c("SkipLink")}">Skip twitter post</a>'
        f'<div class="{c("ConsentBanner")}" data-testid="consentBanner"><h4>Allow Twitter content?</h4>'
        f"<p>This article contains content provided by Twitter. We ask for your permission before anything is "
        f"loaded, as they may be using cookies and other technologies. You may want to read "
        f'<a href="https://help.twitter.com/rules-and-policies/twitter-cookies">Twitter’s cookie policy'
        f'<span class="{c("VisuallyHidden")}">, external</span></a> and <a href="https://twitter.com/privacy">'
        f'privacy policy<span class="{c("VisuallyHidden")}">, external</span></a> before accepting. To view this '
        f"content choose ‘accept and continue’.</p><button>Accept and continue</button></div>"
        f'<p class="{c("Disclaimer")}">{e(NOT_RESPONSIBLE)}</p>'
        f'<div id="end-of-twitter-content-{n}"><span class="{c("VisuallyHidden")}">End of twitter post</span></div>'
        f"</div>"
    )


def _webcore_image(c: Classes, img: GenImage) -> str:
    src = f"https://ichef.bbci.co.uk/ace/standard/{{w}}/cpsprodpb/{img.locator}.webp"
    srcset = ", ".join(f"{src.format(w=w)} {w}w" for w in (240, 480, 976))
    credit = (
        f'<span role="text" class="{c("StyledFigureCopyright")}"><span class="{c("VisuallyHidden")}">Image source, '
        f"</span>{e(img.credit)}</span>"
        if img.credit
        else ""
    )
    caption = (
        f'<figcaption class="{c("Caption")}"><span class="{c("VisuallyHidden")}">Image caption, </span>'
        f"{e(img.caption)}</figcaption>"
        if img.caption
        else ""
    )
    return (
        f'<figure class="{c("StyledFigure")}"><div class="{c("StyledFigureContainer")}">'
        f'<span class="{c("ImageWrapper")}"><img src="{src.format(w=640)}" srcset="{srcset}" alt="{e(img.alt)}" '
        f'loading="lazy" width="640" height="360" class="{c("Image")}"></span>{credit}</div>{caption}</figure>'
    )


def _webcore_post(c: Classes, post: GenPost, n: int) -> str:
    local = london(post.published)
    breaking = f'<span class="{c("BreakingLabel")}" data-testid="breaking-news-label">Breaking</span>' if post.breaking else ""  # fmt: skip
    byline = (
        f'<div class="{c("ContributorContainer")}"><p class="{c("Contributor")}"><span class="{c("ContributorName")}">'
        f'<strong>{e(post.author)}</strong></span><span class="{c("ContributorSubtitle")}">{e(post.role or "")}</span></p></div>'
        if post.author
        else ""
    )  # fmt: skip
    body = "".join(f'<p class="{c("Paragraph")}">{e(p)}</p>' for p in post.paragraphs)
    body += "".join(_webcore_tweet(c, t, n * 10 + i) for i, t in enumerate(post.tweets))
    body += "".join(_webcore_image(c, i) for i in post.images)
    if post.promo_url:
        body += (f'<div class="{c("LinkPostWrapper")}"><a href="{e(post.promo_url)}" class="{c("LinkPostLink")}">'
                 f'<span class="{c("LinkPostHeadline")}">{e(post.title)}</span></a>'
                 f'<span class="{c("LinkPostReadMore")}">Read More</span></div>')  # fmt: skip
    return (
        f'<li class="{c("StyledListItem")}"><article data-testid="content-post" class="{c("ArticleWrapper")}">'
        f'<header class="{c("HeaderWrapper")}"><h3 class="{c("StyledHeading")}"><span role="text">'
        f'<span class="{c("HeaderText")}">{e(post.title)}</span><span class="{c("VisuallyHidden")}">'
        f"published at {bbc_published(post.published)}</span></span></h3>{breaking}"
        f'<span class="{c("Timestamp")}">{local:%H:%M} {"BST" if local.dst() else "GMT"} {local.day} {local:%B}</span>'
        f'{byline}</header><div class="{c("PostContentWrapper")}"><div class="{c("RichTextComponentWrapper")}" '
        f'data-component="text-block"><div class="{c("RichTextContainer")}">{body}</div></div></div>'
        f'<a href="?post={e(post.urn.replace(":", "%3A"))}#post" class="{c("ShareLink")}">Share</a></article></li>'
    )  # fmt: skip


def _head(title: str, url: str, extra: str = "") -> str:
    return (
        f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{e(title)}</title>'
        f'<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="canonical" href="{e(url)}">'
        f"<style>{_CSS}</style>{extra}</head>"
    )


def webcore_page(
    seed: int = 1,
    posts: int = 200,
    *,
    page: int = 2,
    total: int = 12,
    url: str = WEBCORE_URL,
    newest: datetime | None = None,
) -> str:
    gen = make_posts(seed, posts, page_url=url, newest=newest)
    rng = random.Random(seed * 7919)
    c = Classes(rng)
    stream_id = "".join(rng.choice("0123456789ABCDEF") for _ in range(32))
    base = url.split("?", 1)[0]
    nav = (f'<nav aria-label="Page" data-testid="pagination" class="{c("Pagination")}">'
           + (f'<a href="{base}?page={page - 1}" data-testid="pagination-previous-button">Previous page</a>' if page > 1 else "")
           + f'<span class="{c("PageNumber")}">{page}</span> of <span>{total}</span>'
           + (f'<a href="{base}?page={page + 1}" data-testid="pagination-next-button">Next page</a>' if page < total else "")
           + "</nav>")  # fmt: skip
    items = "".join(_webcore_post(c, p, n) for n, p in enumerate(gen))
    return (
        _head("Local elections 2021: East Midlands results - BBC News", url)
        + f'<body><div id="__next"><header class="{c("GlobalNavigation")}"><a href="https://www.bbc.co.uk/news">BBC News</a></header>'
        f'<main id="main-content" class="{c("Main")}"><h1 class="{c("StyledHeading")}">Local elections 2021: East Midlands results</h1>'
        f'<div data-testid="live-text-stream" class="{c("Stream")}"><ol role="list" class="{c("StyledList")}">{items}</ol></div>'
        f"{nav}</main>{initial_data_script(gen, page, total, stream_id)}</div></body></html>"
    )  # fmt: skip


# --- BBC LX ---------------------------------------------------------------------------------------------


def _lx_time(when: datetime, index: int) -> str:
    local = london(when)
    return f"{local:%H:%M}" if index < 20 else f"{local:%H:%M} {local.day} {local:%b}"


def _lx_post(post: GenPost, index: int) -> str:
    byline = (
        f'<div class="lx-stream-post__contributor gs-o-media"><div class="gs-o-media__body">'
        f'<p class="qa-contributor-name lx-stream-post__contributor-name gel-long-primer gs-u-m0">By {e(post.author)}</p>'
        f'<p class="qa-contributor-role lx-stream-post__contributor-description gel-brevier gs-u-m0">{e(post.role or "")}</p></div></div>'
        if post.author
        else ""
    )  # fmt: skip
    body = "".join(f"<p>{e(p)}</p>" for p in post.paragraphs)
    body += "".join(f'<div class="lx-stream-post-body__social-embed"><a href="{e(t)}">View more on twitter</a></div>' for t in post.tweets)  # fmt: skip
    for img in post.images:
        cap = f'<figcaption class="lx-media-asset__caption"><span class="gs-u-vh">Image caption: </span>{e(img.caption)}</figcaption>' if img.caption else ""  # fmt: skip
        body += (f'<figure class="lx-stream-post-body__media-asset lx-media-asset lx-media-asset--image lx-media-asset--landscape gs-u-mb+">'
                 f'<div class="lx-media-asset__image gs-o-responsive-image"><img src="https://ichef.bbci.co.uk/news/624/cpsprodpb/{img.locator}" alt="{e(img.alt)}"></div>{cap}</figure>')  # fmt: skip
    if post.promo_url:
        body += (f'<div class="lx-stream-related-story"><p class="lx-stream-related-story--summary qa-story-summary">{e(post.paragraphs[0])}</p>'
                 f'<a class="qa-story-cta-link lx-stream-asset__cta" href="{e(post.promo_url)}">Read more</a></div>')  # fmt: skip
    return (
        f'<li class="lx-stream__post-container"><article id="post_{post.urn[6:30].replace("-", "")}" '
        f'class="qa-post gs-u-pb-alt+ lx-stream-post gs-u-pt-alt+ gs-u-align-left"><header class="lx-stream-post__header gs-o-media">'
        f'<div class="gs-o-media__body"><time class="lx-stream-post__meta-time gs-u-align-middle gs-u-display-inline-block gs-u-mr0@m gs-u-mr gel-long-primer">'
        f'<span class="gs-u-vh qa-visually-hidden-meta">posted at </span><span class="qa-post-auto-meta">{_lx_time(post.published, index)}</span></time>'
        f'<h3 class="lx-stream-post__header-title gel-great-primer-bold qa-post-title gs-u-mt0 gs-u-mb-">'
        f'<span class="lx-stream-post__header-text gs-u-align-middle">{e(post.title)}</span></h3></div></header>{byline}'
        f'<div class="gs-u-mb+ gel-body-copy qa-post-body"><div class="lx-stream-post-body">{body}</div></div></article></li>'
    )  # fmt: skip


def lx_page(seed: int = 1, posts: int = 200, *, page: int = 2, total: int = 12, url: str = LX_URL) -> str:
    gen = make_posts(seed, posts, page_url=url)
    base = url.rsplit("/page/", 1)[0]
    path = base.split("bbc.co.uk", 1)[-1]
    get_involved = ('<li class="lx-stream__post-container"><article class="qa-post lx-stream-post"><header class="lx-stream-post__header">'
                    '<h3 class="lx-stream-post__header-title qa-post-title"><span class="lx-stream-post__header-text">Get Involved</span></h3></header>'
                    '<div class="qa-post-body"><div class="lx-stream-post-body"><p>Send us your pictures from the count.</p></div></div></article></li>')  # fmt: skip
    items = "".join(_lx_post(p, i) for i, p in enumerate(gen[:3])) + get_involved
    items += "".join(_lx_post(p, i + 3) for i, p in enumerate(gen[3:]))
    pager = (f'<div class="lx-pagination"><div class="lx-pagination__controls lx-pagination__controls--left">'
             f'<a class="lx-pagination__btn qa-pagination-first-page" href="{path}/page/1">First</a>'
             f'<a class="lx-pagination__btn qa-pagination-previous-page" href="{path}/page/{page - 1}">Previous</a></div>'
             f'<span class="lx-pagination__page-number qa-pagination-current-page-number">{page}</span> of '
             f'<span class="lx-pagination__page-number qa-pagination-total-page-number">{total}</span>'
             f'<div class="lx-pagination__controls lx-pagination__controls--right">'
             f'<a class="lx-pagination__btn qa-pagination-next-page" href="{path}/page/{page + 1}">Next</a>'
             f'<a class="lx-pagination__btn qa-pagination-last-page" href="{path}/page/{total}">Last</a></div></div>')  # fmt: skip
    return (
        _head("Local elections 2019: Derbyshire results - BBC News", url)
        + '<body><div class="lx-commentary"><div class="lx-c-session-header"><p class="lx-commentary__meta-reporter">'
        "Edited by Alex Regan and Amy Woodfield</p><p>All times stated are UK</p></div>"
        '<div id="lx-stream" class="lx-commentary__stream"><h2 id="latest-updates">Live Reporting</h2>'
        f'<ol class="gs-u-m0 gs-u-p0 lx-stream__feed qa-stream">{items}</ol>{pager}</div></div></body></html>'
    )  # fmt: skip


# --- Guardian -------------------------------------------------------------------------------------------


def _guardian_block(post: GenPost, url: str) -> str:
    block = post.urn[6:].replace("-", "")[:24]
    local = london(post.published)
    iso = post.published.strftime("%Y-%m-%dT%H:%M:%S.000Z")
    author = f'<div><img src="https://i.guim.co.uk/img/uploads/{block}.png" alt="{e(post.author)}"><span>{e(post.author)}</span></div>' if post.author else ""  # fmt: skip
    body = "".join(f"<p>{e(p)}</p>" for p in post.paragraphs)
    body += "".join(f'<figure data-spacefinder-role="inline"><blockquote class="twitter-tweet"><p lang="en">Count update from the hall.</p>'
                    f'&mdash; Count News (@countnews) <a href="{e(t)}">May 7, 2021</a></blockquote></figure>' for t in post.tweets)  # fmt: skip
    body += "".join(f'<figure><img src="https://i.guim.co.uk/img/media/{i.locator}" alt="{e(i.alt)}"><figcaption>{e(i.caption or i.alt)} '
                    f'Photograph: {e(i.credit or "Guardian")}</figcaption></figure>' for i in post.images)  # fmt: skip
    return (
        f'<article id="block-{block}" class="block"><header><div><a href="{url}?page=with:block-{block}#block-{block}" '
        f'data-ignore="global-link-styling"><time datetime="{iso}" data-relativeformat="med">12h ago</time>'
        f"<span>{local:%H.%M} {'BST' if local.dst() else 'GMT'}</span></a></div><h2>{e(post.title)}</h2>{author}</header>"
        f'<div class="block-elements">{body}</div></article>'
    )  # fmt: skip


def guardian_page(seed: int = 1, posts: int = 200, *, url: str = GUARDIAN_URL) -> str:
    gen = make_posts(seed, posts, page_url=url)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": url, "headline": "Local elections 2021 live",
          "liveBlogUpdate": [{"@type": "BlogPosting", "headline": p.title, "datePublished": p.published.isoformat(),
                              "articleBody": " ".join(p.paragraphs)[:1000]} for p in gen]}  # fmt: skip
    script = '<script type="application/ld+json">' + json.dumps(ld).replace("</", "<\\/") + "</script>"
    blocks = "".join(_guardian_block(p, url) for p in gen)
    return (
        _head("Local elections 2021: results live | Politics | The Guardian", url, script)
        + '<body><main><h1>Local elections 2021: results live</h1><div id="liveblog-body" data-gu-name="body">'
        f'{blocks}</div><a rel="next" href="{url}?page=with:block-x">Older</a></main></body></html>'
    )


# --- Text copy ------------------------------------------------------------------------------------------

_TWEET_LINES = (CANNOT_DISPLAY + "View original content on Twitter", NOT_RESPONSIBLE, "Skip twitter post", "",
                "Allow Twitter content?", "", TWITTER_CONSENT, "", NOT_RESPONSIBLE, "End of twitter post")  # fmt: skip


def _text_post(post: GenPost, n: int) -> str:
    lines = [f"{n:>3}. {post.title}published at {bbc_published(post.published)}", ""]
    if post.author:
        lines += [f"    {post.author}", f"    {post.role or ''}", ""]
    for p in post.paragraphs:
        lines += [f"    {p}", ""]
    for _ in post.tweets:
        lines += [f"    {line}" if line else "" for line in _TWEET_LINES] + [""]
    for img in post.images:
        lines += [f"    {img.alt}Image source, {img.credit}" if img.credit else f"    {img.alt}", ""]
        if img.caption:
            lines += [f"    Image caption, {img.caption}", ""]
    if post.promo_url:
        lines += ["    Read More", ""]
    return "\n".join(lines)


def text_page(seed: int = 1, posts: int = 200) -> str:
    return "\n".join(_text_post(p, i + 1) for i, p in enumerate(make_posts(seed, posts, page_url=WEBCORE_URL)))


FAMILIES: dict[str, tuple[Callable[..., str], str]] = {
    "bbc-webcore": (webcore_page, WEBCORE_URL),
    "bbc-lx": (lx_page, LX_URL),
    "guardian": (guardian_page, GUARDIAN_URL),
    "text": (text_page, WEBCORE_URL),
}
