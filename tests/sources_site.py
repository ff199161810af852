"""A local news site for the tests and benchmarks of issue 17: article pages in the shapes
real outlets publish (a public broadcaster, a national paper, a local paper on WordPress,
a wire story with its date only in the text), pages that are not articles, a paywalled
page, and an RSS feed that answers conditional requests.

``Site`` serves it over HTTP on 127.0.0.1 (an ephemeral port) from a thread and records
every request (path and headers) so a test can see what Tally sent. No Django import.
"""

from __future__ import annotations

import email.utils
import hashlib
import html
import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

# -- the articles ------------------------------------------------------------------------

ISLINGTON = [
    "Jeremy Corbyn has held Islington North as an independent, ending four decades in "
    "which the seat was counted as Labour's.",
    "The former Labour leader won 24,120 votes, ahead of Labour's Praful Nargund on 16,873, "
    "a majority of 7,247.",
    "Turnout in the constituency was 67.5%, and the Green Party's Sheridan Kates came third.",
    "Corbyn, who was expelled from the party after announcing his candidacy, told supporters "
    "at the count that the result was a victory for the people of Islington.",
]
BOILERPLATE_COMMENT = (
    "I reckon he had at least 30,000 votes last time and the council fiddled it, "
    "posted by a reader at 04:12"
)
RELATED = [
    "Live: general election results as they happen",
    "Labour wins landslide with 412 seats, exit poll suggests",
    "Who is my MP? Search your constituency",
    "Analysis: five charts that explain the night",
]


@dataclass
class Story:
    """One article: what a page should yield (the truth the extraction is measured by)."""

    slug: str
    title: str
    paragraphs: list[str]
    outlet: str = "Islington Courier"
    author: str = "Jo Bloggs"
    date: str = "2024-07-05"  # ISO

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)


def _nav(outlet: str) -> str:
    sections = ["Home", "News", "Politics", "Election 2024", "Sport", "Weather", "Opinion"]
    links = "".join(f'<li><a href="/{s.lower().replace(" ", "-")}">{s}</a></li>' for s in sections)
    return (
        f'<header class="site-header"><a class="logo" href="/">{html.escape(outlet)}</a>'
        f'<nav aria-label="Sections"><ul>{links}</ul></nav>'
        '<form class="search" action="/search"><input name="q" placeholder="Search"></form>'
        "</header>"
    )


def _related() -> str:
    items = "".join(f'<li><a href="/news/related-{i}">{t}</a></li>' for i, t in enumerate(RELATED))
    return f'<aside class="related"><h2>More on this story</h2><ul>{items}</ul></aside>'


def _footer(outlet: str) -> str:
    return (
        '<footer class="site-footer"><p>Sign up to our politics newsletter: the results '
        "in your inbox every morning.</p><ul><li><a href='/terms'>Terms of use</a></li>"
        "<li><a href='/privacy'>Privacy policy</a></li><li><a href='/cookies'>Cookies</a></li>"
        f"</ul><p>© 2024 {html.escape(outlet)}. All rights reserved.</p></footer>"
    )


def _comments() -> str:
    return (
        '<section id="comments" class="comments"><h2>Comments (3)</h2><ol>'
        f'<li class="comment"><p>{BOILERPLATE_COMMENT}</p></li>'
        "<li class='comment'><p>Turnout was rubbish round here, maybe 40% at most.</p></li>"
        "<li class='comment'><p>Great result for democracy.</p></li></ol></section>"
    )


def broadcaster_page(story: Story) -> str:
    """A public broadcaster's layout: text blocks in an <article>, JSON-LD, a <time>."""
    blocks = "".join(
        f'<div data-component="text-block" class="ssrcss-11r1m41-RichTextComponentWrapper">'
        f'<p class="ssrcss-1q0x1qg-Paragraph">{html.escape(p)}</p></div>'
        for p in story.paragraphs
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": story.title,
        "datePublished": f"{story.date}T04:12:00+01:00",
        "author": [{"@type": "Person", "name": story.author}],
        "publisher": {"@type": "Organization", "name": story.outlet},
    }
    return f"""<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">
<title>{html.escape(story.title)} - {html.escape(story.outlet)}</title>
<meta property="og:title" content="{html.escape(story.title)}">
<meta property="og:site_name" content="{html.escape(story.outlet)}">
<meta property="og:type" content="article">
<script type="application/ld+json">{json.dumps(ld)}</script></head>
<body>{_nav(story.outlet)}<div id="main-content"><article>
<header><h1 id="main-heading">{html.escape(story.title)}</h1>
<div class="byline"><span>By {html.escape(story.author)}</span>
<span>Political reporter</span></div>
<time datetime="{story.date}T04:12:00.000Z">5 July 2024</time></header>
<div class="share"><button>Share</button><button>Save</button></div>
{blocks}
<div class="tags"><a href="/topics/islington">Islington</a>
<a href="/topics/ge">General election 2024</a></div>
</article>{_related()}</div>{_footer(story.outlet)}</body></html>"""


def national_paper_page(story: Story) -> str:
    """A national paper's layout: meta tags for author and time, a commercial body div."""
    body = "".join(f"<p>{html.escape(p)}</p>" for p in story.paragraphs)
    body = body.replace(
        "</p><p>",
        '</p><aside class="ad-slot"><p>Advertisement</p></aside><p>',
        1,
    )
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{html.escape(story.title)} | Politics | {html.escape(story.outlet)}</title>
<meta name="author" content="{html.escape(story.author)}">
<meta property="article:published_time" content="{story.date}T06:30:00.000Z">
<meta property="og:site_name" content="{html.escape(story.outlet)}">
<meta property="og:title" content="{html.escape(story.title)}">
</head><body>{_nav(story.outlet)}
<main id="maincontent"><div class="headline"><h1>{html.escape(story.title)}</h1></div>
<div class="standfirst"><p>Independent candidate defeats Labour in north London seat</p></div>
<address><a rel="author" href="/profile/jo">{html.escape(story.author)}</a></address>
<div class="article-body-commercial-selector article-body-viewer-selector">{body}</div>
{_related()}</main>{_comments()}{_footer(story.outlet)}</body></html>"""


def local_paper_page(story: Story) -> str:
    """A WordPress local paper: entry-content, a vcard byline, widgets, comments."""
    body = "".join(f"<p>{html.escape(p)}</p>" for p in story.paragraphs)
    widgets = (
        '<div id="secondary" class="widget-area"><section class="widget"><h2>Most read</h2>'
        "<ol><li><a href='/a'>Council tax to rise by 4.99%</a></li>"
        "<li><a href='/b'>Road closures this weekend</a></li></ol></section>"
        "<section class='widget'><h2>Weather</h2><p>Highs of 21C, 30% chance of rain.</p>"
        "</section></div>"
    )
    return f"""<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8">
<title>{html.escape(story.title)} &#8211; {html.escape(story.outlet)}</title>
<meta property="og:site_name" content="{html.escape(story.outlet)}">
<link rel="canonical" href="/news/{story.slug}"></head>
<body class="post-template-default single single-post">{_nav(story.outlet)}
<div id="content" class="site-content"><div id="primary" class="content-area">
<article class="post type-post status-publish format-standard">
<header class="entry-header"><h1 class="entry-title">{html.escape(story.title)}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published"
datetime="{story.date}T09:00:00+01:00">5th July 2024</time></span>
<span class="byline"> by <span class="author vcard"><a class="url fn n"
href="/author/jo">{html.escape(story.author)}</a></span></span></div></header>
<div class="entry-content">{body}</div>
<footer class="entry-footer"><span class="cat-links">Posted in
<a href="/politics">Politics</a></span></footer>
</article>{_comments()}</div>{widgets}</div>{_footer(story.outlet)}</body></html>"""


def wire_page(story: Story) -> str:
    """A wire story: no metadata in the head; the date and dateline are in the text."""
    body = "".join(f"<p>{html.escape(p)}</p>" for p in story.paragraphs)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{html.escape(story.title)}</title></head><body>
<div class="wire-header">{html.escape(story.outlet)} newswire</div>
<div class="story"><h2>{html.escape(story.title)}</h2>
<p class="meta">Published: 5 July 2024 05:02 BST | By {html.escape(story.author)},
Press Association</p>
{body}<p class="ends">ENDS</p></div>
<div class="wire-footer">Copyright {html.escape(story.outlet)}. All rights reserved.</div>
</body></html>"""


LAYOUTS = {
    "broadcaster": broadcaster_page,
    "national": national_paper_page,
    "local": local_paper_page,
    "wire": wire_page,
}


def index_page() -> str:
    """A section front: headlines and links, no article."""
    items = "".join(
        f'<li><a href="/news/story-{i}"><h3>{t}</h3></a>'
        '<p class="summary">Updated 2 hours ago</p></li>'
        for i, t in enumerate(RELATED * 3)
    )
    return (
        "<!DOCTYPE html><html><head><title>Election 2024 - Islington Courier</title></head>"
        f"<body>{_nav('Islington Courier')}<main><h1>Election 2024</h1><ul>{items}</ul></main>"
        f"{_footer('Islington Courier')}</body></html>"
    )


def paywalled_page(story: Story) -> str:
    """The first paragraph, then a subscription box; schema.org says it is not free."""
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": story.title,
        "datePublished": f"{story.date}T07:00:00Z",
        "isAccessibleForFree": "False",
        "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": "False",
                    "cssSelector": ".paywall"},
    }  # fmt: skip
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{html.escape(story.title)}</title>
<script type="application/ld+json">{json.dumps(ld)}</script></head><body>
{_nav(story.outlet)}<article><h1>{html.escape(story.title)}</h1>
<p>{html.escape(story.paragraphs[0])}</p>
<div class="paywall"><h2>Subscribe to continue reading</h2>
<p>Get unlimited access for £1 a week. Already a subscriber? Log in.</p></div>
</article>{_footer(story.outlet)}</body></html>"""


def stories() -> list[Story]:
    """The four sample stories, one for each layout (same facts, different words)."""
    return [
        Story("corbyn-holds", "Corbyn holds Islington North as independent", ISLINGTON,
              outlet="Public Broadcaster News", author="Sam Reporter"),
        Story("corbyn-victory", "Jeremy Corbyn beats Labour in Islington North",
              ISLINGTON[1:] + ISLINGTON[:1], outlet="The Daily National", author="Alex Writer"),
        Story("islington-result", "Islington North: Corbyn re-elected",
              ISLINGTON[::-1], outlet="Islington Courier", author="Jo Bloggs"),
        Story("wire-islington", "Corbyn wins Islington North",
              [ISLINGTON[1], ISLINGTON[0], ISLINGTON[2]], outlet="Wire Service",
              author="Pat Wire"),
    ]  # fmt: skip


# -- the feed ---------------------------------------------------------------------------


def rss(items: list[tuple[str, str, str]], *, title: str = "Courier: Election 2024") -> str:
    """An RSS 2.0 document; ``items`` are (title, absolute link, RFC 822 date)."""
    entries = "".join(
        f"<item><title>{html.escape(t)}</title><link>{html.escape(link)}</link>"
        f"<guid>{html.escape(link)}</guid><pubDate>{date}</pubDate></item>"
        for t, link, date in items
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>{html.escape(title)}</title><link>http://example.invalid/</link>"
        f"<description>Election coverage</description>{entries}</channel></rss>"
    )


RFC822_DAY = "Fri, 05 Jul 2024 06:00:00 GMT"


# -- the server -------------------------------------------------------------------------


@dataclass
class Response:
    status: int = 200
    body: bytes | str = b""
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    conditional: bool = False  # answer 304 to a matching If-None-Match / If-Modified-Since


class Site:
    """``routes`` (path -> ``Response``) served on 127.0.0.1 from a thread.

    ``requests`` lists (path, headers as a dict) of every request, in order. A route
    whose Response is ``conditional`` gets an ETag (a hash of its body) and a
    Last-Modified, and answers 304 when the request carries the ETag back (or, without
    If-None-Match, the Last-Modified).
    """

    def __init__(self, routes: dict[str, Response] | None = None) -> None:
        self.routes: dict[str, Response] = dict(routes or {})
        self.requests: list[tuple[str, dict[str, str]]] = []
        self._lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:  # quiet
                pass

            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                site._serve(self)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> Site:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def paths(self) -> list[str]:
        with self._lock:
            return [path for path, _ in self.requests]

    def _serve(self, handler: BaseHTTPRequestHandler) -> None:
        path = handler.path.split("?", 1)[0]
        with self._lock:
            self.requests.append((handler.path, dict(handler.headers.items())))
            response = self.routes.get(path)
        if response is None:
            response = Response(status=404, body="<h1>Not found</h1>")
        body = response.body.encode("utf-8") if isinstance(response.body, str) else response.body
        headers = {"Content-Type": response.content_type, **response.headers}
        if response.conditional:
            etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
            modified = email.utils.formatdate(1720159200, usegmt=True)
            headers |= {"ETag": etag, "Last-Modified": modified}
            # If-None-Match, when sent, decides alone (RFC 9110, 13.2.2)
            sent_etag = handler.headers.get("If-None-Match")
            if (
                (sent_etag == etag)
                if sent_etag
                else (handler.headers.get("If-Modified-Since") == modified)
            ):
                handler.send_response(304)
                for name in ("ETag", "Last-Modified"):
                    handler.send_header(name, headers[name])
                handler.send_header("Content-Length", "0")
                handler.end_headers()
                return
        handler.send_response(response.status)
        for name, value in headers.items():
            handler.send_header(name, value)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)
