"""The verdict on a new comment: honeypot, minimum time, link count and blocklist rules from
the site settings, then Akismet when an API key is configured. Any failure of Akismet holds
the comment for moderation; nothing is ever dropped."""

import logging
import os
import re
from dataclasses import dataclass, field

import akismet
import httpx
from django.conf import settings
from django.utils import translation

from comments.models import Comment, ModerationMode
from portal import self_urls

logger = logging.getLogger(__name__)
Status, Reason = Comment.Status, Comment.Reason

LINK_RE = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
AKISMET_TIMEOUT = 3.0


@dataclass
class Verdict:
    status: str
    reason: str
    details: list = field(default_factory=list)

    @property
    def detail_text(self):
        return "; ".join(str(item) for item in self.details)[:255]


def akismet_api_key():
    """The AKISMET_API_KEY setting if defined (tests set it), else the environment variable."""
    return getattr(settings, "AKISMET_API_KEY", os.environ.get("AKISMET_API_KEY", ""))


def akismet_http_client():
    """The HTTP client Akismet calls go through (tests swap its transport)."""
    return httpx.Client(timeout=AKISMET_TIMEOUT, headers={"User-Agent": akismet.USER_AGENT})


def rule_reasons(data, honeypot, elapsed, comment_settings):
    """Reasons from the local rules; an empty list means none fired."""
    reasons = []
    if honeypot:
        reasons.append(Reason.HONEYPOT)
    if elapsed is None:
        reasons.append(Reason.NO_TIMESTAMP)
    elif elapsed < comment_settings.min_seconds_to_submit:
        reasons.append(Reason.TOO_FAST)
    if len(LINK_RE.findall(data["body"])) > comment_settings.max_links:
        reasons.append(Reason.TOO_MANY_LINKS)
    text = " ".join((data["author_name"], data.get("author_url") or "", data["body"])).lower()
    if any(word in text for word in comment_settings.blocked_words()):
        reasons.append(Reason.BLOCKLIST)
    return reasons


def akismet_check(data, request, page, ip):
    """Reason.AKISMET_SPAM / AKISMET_HAM, AKISMET_DOWN on any failure, None when unset."""
    key = akismet_api_key()
    if not key:
        return None
    config = akismet.Config(key=key, url=self_urls.root_url(request, page.get_site()))
    http_client = akismet_http_client()
    try:
        # Not the context manager: it verifies the key with one more request each time.
        client = akismet.SyncClient(config=config, http_client=http_client)
        result = client.comment_check(
            user_ip=ip or "",
            user_agent=request.META.get("HTTP_USER_AGENT", ""),
            referrer=request.META.get("HTTP_REFERER", ""),
            permalink=page.get_full_url(request),
            comment_type="comment",
            comment_author=data["author_name"],
            comment_author_email=data["author_email"],
            comment_author_url=data.get("author_url") or "",
            comment_content=data["body"],
            blog_lang=translation.get_language() or "",
        )
    except Exception:  # network, protocol, key: hold for a human, never lose the comment
        logger.warning("Akismet check failed; comment held for moderation", exc_info=True)
        return Reason.AKISMET_DOWN
    finally:
        http_client.close()
    return Reason.AKISMET_HAM if result == akismet.CheckResponse.HAM else Reason.AKISMET_SPAM


def judge(data, honeypot, elapsed, comment_settings, request, page, ip):
    reasons = rule_reasons(data, honeypot, elapsed, comment_settings)
    if reasons:
        return Verdict(Status.SPAM, reasons[0], [r.label for r in reasons])
    akismet_reason = akismet_check(data, request, page, ip)
    if akismet_reason == Reason.AKISMET_SPAM:
        return Verdict(Status.SPAM, akismet_reason, [akismet_reason.label])
    if akismet_reason == Reason.AKISMET_DOWN:
        return Verdict(Status.PENDING, akismet_reason, [akismet_reason.label])
    details = [akismet_reason.label] if akismet_reason else []
    if comment_settings.moderation_mode == ModerationMode.AUTO_APPROVE:
        return Verdict(Status.APPROVED, akismet_reason or Reason.CLEAN, details)
    return Verdict(Status.PENDING, Reason.HELD, details)
