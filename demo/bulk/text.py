"""Seeded, visibly synthetic text with known word frequencies for the search benchmarks.

COMMON_WORD is in every third article, RARE_WORD in one of every 10,000 and CHINESE_WORD in
one of every ten, so that `bench/scale.py` searches for words whose hit counts it knows.
"""

COMMON_WORD = "digital"
RARE_WORD = "heliotrope"
CHINESE_WORD = "数字"

VOCABULARY = [
    "network",
    "platform",
    "governance",
    "cooperation",
    "security",
    "data",
    "cloud",
    "bandwidth",
    "standard",
    "forum",
    "delegate",
    "session",
    "keynote",
    "roadmap",
    "partnership",
    "infrastructure",
    "innovation",
    "protocol",
    "research",
    "economy",
    "industry",
    "exchange",
    "dialogue",
    "framework",
    "service",
    "mobile",
    "computing",
    "model",
    "privacy",
    "market",
    "project",
    "inclusion",
    "access",
    "community",
    "future",
    "development",
    "connectivity",
    "resilience",
    "satellite",
    "fibre",
    "broadband",
    "algorithm",
    "sensor",
    "logistics",
    "manufacturing",
    "commerce",
    "education",
    "health",
    "energy",
    "transport",
    "agriculture",
    "city",
    "village",
    "talent",
    "startup",
    "investment",
    "outcome",
    "pilot",
    "launch",
    "review",
    "report",
]

CHINESE_SENTENCES = (
    "这是用于性能测试的合成数字文本。",
    "数字经济与网络治理的合成段落。",
    "合成数据：乌镇峰会数字化的模拟报道。",
)


def words(rng, count):
    return " ".join(rng.choice(VOCABULARY) for _ in range(count))


def article_title(number, rng):
    return f"Synthetic article {number:06d}: {words(rng, 5)}"


def article_paragraphs(number, rng):
    """Three paragraphs of seeded words; the benchmark words at their fixed frequencies."""
    paragraphs = [f"Synthetic benchmark text. {words(rng, rng.randint(40, 70))}." for _ in range(3)]
    if number % 3 == 0:
        paragraphs[0] += f" {COMMON_WORD.capitalize()} {words(rng, 6)}."
    if number % 10_000 == 7:
        paragraphs[1] += f" A {RARE_WORD} {words(rng, 4)}."
    if number % 10 == 1:
        paragraphs[2] += " " + CHINESE_SENTENCES[number % len(CHINESE_SENTENCES)]
    return paragraphs
