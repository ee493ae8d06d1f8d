"""Text helpers of the site search: CJK n-grams, query terms and highlighted snippets.

Wagtail's database backend leaves word splitting to the database: SQLite FTS5's unicode61
tokenizer and PostgreSQL's parser both split on spaces and punctuation, so a run of Chinese
characters ("浙江省桐乡市乌镇") is one single token and a query for 乌镇 would never match it.
Every indexed model therefore also indexes `search_cjk_ngrams`: each CJK character and each
pair of neighbouring characters of its text, separated by spaces. A query's CJK runs are
turned into the same pairs, so 乌镇 or 桐乡市 match wherever those characters stand together.
"""

import re
import unicodedata

from django.utils.html import escape
from django.utils.safestring import mark_safe
from wagtail.search import index

NGRAMS_FIELD_NAME = "search_cjk_ngrams"
MAX_QUERY_LENGTH = 200
MAX_TERMS = 16
SNIPPET_LENGTH = 220

# Han (with extensions and compatibility ideographs), kana and Hangul.
CJK_RUN_RE = re.compile(
    "[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\U00020000-\U0002ffff]+"
)
# Letters and digits only: every operator character (" * : ^ ( ) - + ~ |) falls out here.
WORD_RE = re.compile(r"[^\W_]+")
# Upper-case words that users type as operators; they are not searched for as words.
OPERATOR_WORDS = frozenset({"AND", "OR", "NOT", "NEAR"})
ENGLISH_SUFFIXES = ("ings", "ing", "ies", "es", "ed", "s")


def clean_query(raw):
    """Drop control characters (NUL included), collapse spaces and cap the length.

    Returns (query, was_shortened)."""
    text = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in raw)
    text = " ".join(text.split())
    return text[:MAX_QUERY_LENGTH].strip(), len(text) > MAX_QUERY_LENGTH


def cjk_ngrams(text, *, unigrams=True):
    """Characters and neighbouring pairs of every CJK run in `text`, in order, unique."""
    grams = []
    for run in CJK_RUN_RE.findall(text):
        if unigrams or len(run) == 1:
            grams.extend(run)
        grams.extend(run[i : i + 2] for i in range(len(run) - 1))
    return list(dict.fromkeys(grams))


def query_terms(query):
    """The words of a query, as the search backends should receive them (all required).

    Operator syntax is dropped; CJK runs become the pairs indexed by `search_cjk_ngrams`."""
    terms = []
    for word in WORD_RE.findall(query):
        if word in OPERATOR_WORDS:
            continue
        position = 0
        for match in CJK_RUN_RE.finditer(word):
            if match.start() > position:
                terms.append(word[position : match.start()].lower())
            terms.extend(cjk_ngrams(match.group(), unigrams=False))
            position = match.end()
        if position < len(word):
            terms.append(word[position:].lower())
    return list(dict.fromkeys(terms))[:MAX_TERMS]


def _flatten(value):
    if value is None:
        return
    if isinstance(value, str):
        yield value
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _flatten(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _flatten(item)
    else:
        yield str(value)


def _field_texts(obj, fields, *, skip_title):
    for field in fields:
        if isinstance(field, index.SearchField):
            if field.field_name == NGRAMS_FIELD_NAME or (
                skip_title and field.field_name == "title"
            ):
                continue
            yield from _flatten(field.get_value(obj))
        elif isinstance(field, index.RelatedFields):
            related = getattr(obj, field.field_name, None)
            if related is None:
                continue
            items = related.all() if hasattr(related, "all") else [related]
            for item in items:
                yield from _field_texts(item, field.fields, skip_title=False)


def indexed_text(obj, *, skip_title=False):
    """The text the search index holds for `obj` (its SearchFields, related ones too)."""
    return list(_field_texts(obj, obj.get_search_fields(), skip_title=skip_title))


class CJKSearchMixin:
    """Add to an indexed model (pages get it from BasePage) and list
    `index.SearchField("search_cjk_ngrams")` in its search_fields so that Chinese,
    Japanese and Korean text is found by any part of it."""

    def search_cjk_ngrams(self):
        return " ".join(cjk_ngrams(" ".join(indexed_text(self))))


def cjk_search_field():
    return index.SearchField(NGRAMS_FIELD_NAME)


# --- Highlighting ----------------------------------------------------------------------------
def _term_pattern(term):
    if CJK_RUN_RE.fullmatch(term):
        return re.escape(term)
    stem = term
    for suffix in ENGLISH_SUFFIXES:
        if len(term) - len(suffix) >= 4 and term.endswith(suffix):
            stem = term[: -len(suffix)]
            break
    return rf"(?<![^\W_]){re.escape(stem)}[^\W_]*"


def term_regex(terms):
    """One case-insensitive regex for every term (stems of English words, whole words)."""
    if not terms:
        return None
    patterns = sorted((_term_pattern(term) for term in terms), key=len, reverse=True)
    return re.compile("|".join(patterns), re.IGNORECASE)


def all_terms_matcher(terms):
    """A function telling whether a text contains every one of `terms`."""
    regexes = [re.compile(_term_pattern(term), re.IGNORECASE) for term in terms]
    return lambda text: bool(regexes) and all(regex.search(text) for regex in regexes)


def highlight(text, regex):
    """`text` escaped, with every match of `regex` wrapped in <mark>."""
    if regex is None:
        return escape(text)
    parts = []
    position = 0
    for match in regex.finditer(text):
        parts.append(escape(text[position : match.start()]))
        parts.append(f"<mark>{escape(match.group())}</mark>")
        position = match.end()
    parts.append(escape(text[position:]))
    return mark_safe("".join(parts))


def snippet(texts, regex, length=SNIPPET_LENGTH):
    """A highlighted excerpt around the first match in `texts` (else their beginning)."""
    text = " ".join(" ".join(texts).split())
    if not text:
        return ""
    start = 0
    match = regex.search(text) if regex else None
    if match and match.start() > length // 3:
        start = match.start() - length // 3
        space = text.find(" ", start, match.start())
        start = space + 1 if space != -1 else start
    excerpt = text[start : start + length]
    if start + length < len(text):
        cut = excerpt.rfind(" ")
        excerpt = (excerpt[:cut] if cut > length // 2 else excerpt) + "…"
    if start > 0:
        excerpt = "…" + excerpt
    return highlight(excerpt, regex)
