"""Coverage that comes in by itself (issue 17): article URLs, RSS/Atom feeds, the API and
bulk files. Every article still enters through ``factcheck.ingest.ingest_articles``.

- ``fetching``: one guarded HTTP GET (http/https only, no private or loopback address
  unless ``FETCH_ALLOW_PRIVATE``, a size limit, timeouts, Tally's user agent).
- ``pages``: an HTML page to an article's text, title, outlet, author and date
  (trafilatura), or the reason it is not one.
- ``elections``: the election an article is about, from its date and text.
- ``urls``: URLs queued as ``Fetch`` rows and fetched by the worker.
- ``feeds``: feeds polled by the worker on their own schedule.
- ``bulk``: the files ``manage.py ingest_articles`` reads.
"""
