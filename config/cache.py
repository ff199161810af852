"""Django's Redis cache backend, keeping its ``redis.Redis`` client instead of making one
for every call.

Django's ``RedisCacheClient.get_client`` makes a new ``redis.Redis`` each call;
with redis-py 8 that costs more than the round trip to Redis itself, and the page
cache makes one call a request (``factcheck/pagecache.py``: the page's
generation). Here one client is kept per connection pool (Django keeps a cache
backend per thread, and a ``redis.Redis`` takes a connection from its pool for each
command). Everything else is Django's backend as it is; ``benchmarks/shared_cache.py``
measures both.
"""

from django.core.cache.backends import redis as django_redis


class RedisCacheClient(django_redis.RedisCacheClient):
    """Django's client; ``get_client`` returns the same ``redis.Redis`` for the same pool."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        """The ``redis.Redis`` client on the pool Django's client would use."""
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class RedisCache(django_redis.RedisCache):
    """Django's ``RedisCache`` on the client above; the same ``LOCATION`` and ``OPTIONS``."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = RedisCacheClient
