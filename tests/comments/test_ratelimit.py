import datetime

import pytest
import time_machine
from django.core.cache import caches
from django.test import override_settings
from django.utils import timezone

from comments import ratelimit


@override_settings(COMMENTS_RATE_LIMITS={"ip": (2, 60)})
def test_counter_expires_a_window_after_the_first_hit():
    if "locmem" not in type(caches["default"]).__module__:
        pytest.skip("time travel moves the local-memory cache's clock only")
    with time_machine.travel(timezone.now(), tick=False) as traveller:
        assert ratelimit.allow("ip", "192.0.2.1")
        assert ratelimit.allow("ip", "192.0.2.1")
        assert not ratelimit.allow("ip", "192.0.2.1")
        assert ratelimit.allow("ip", "192.0.2.2")  # another visitor has their own count
        traveller.shift(datetime.timedelta(seconds=61))
        assert ratelimit.allow("ip", "192.0.2.1")


@pytest.mark.parametrize(
    ("proxies", "forwarded", "expected"),
    [
        (0, "203.0.113.9", "10.0.0.1"),  # no trusted proxy: the header is ignored
        (1, "198.51.100.7, 203.0.113.9", "203.0.113.9"),  # the address nginx saw
        (2, "198.51.100.7, 203.0.113.9", "198.51.100.7"),
        (2, "203.0.113.9", "10.0.0.1"),  # too short a chain: not trusted
    ],
)
def test_client_ip_behind_trusted_proxies(rf, proxies, forwarded, expected):
    request = rf.get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=forwarded)
    with override_settings(TRUSTED_PROXY_COUNT=proxies):
        assert ratelimit.client_ip(request) == expected
