"""The README's API examples, run against the demo content: what a newcomer copies works
and shows what the README says it shows."""

import re
from pathlib import Path
from urllib.parse import urlsplit

README = Path(__file__).resolve().parents[2] / "README.md"


def _examples():
    section = README.read_text(encoding="utf-8").split("\n## API\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"^curl (-L )?'(http://127\.0\.0\.1:8000[^']+)'$", section, re.M)


def _get(client, follow, url):
    parts = urlsplit(url)
    response = client.get(f"{parts.path}?{parts.query}", follow=bool(follow))
    assert response.status_code == 200, (url, response.content[:300])
    assert response["Content-Type"].startswith("application/json")
    return response.json()


def test_readme_examples_return_what_they_promise(client, demo):
    examples = _examples()
    assert len(examples) == 3
    (recap_follow, recap_url), (edition_follow, edition_url), (awards_follow, awards_url) = examples

    recap = _get(client, recap_follow, recap_url)
    assert recap["title"].startswith("Tenth Wuzhen Summit closes")
    assert recap["meta"]["type"] == "news.ArticlePage"
    assert [b["role"] for b in recap["bylines"]] == ["reporter", "editor"]
    assert recap["source"]["name"] and recap["tags"]
    assert recap["summit"]["year"] == 2023
    assert "126 countries" in recap["standfirst"]

    (edition,) = _get(client, edition_follow, edition_url)["items"]
    assert edition["title"] == "2023 Wuzhen Summit"
    assert edition["start"].startswith("2023-11-08") and edition["venue"]["town"] == "Wuzhen"
    figures = {f["metric"]: f for f in edition["key_figures"]}
    assert figures["countries"]["number"] == 126
    assert figures["guests"]["qualifier"] == "more_than" and figures["guests"]["number"] == 1800

    recognitions = _get(client, awards_follow, awards_url)
    assert recognitions["meta"]["total_count"] == len(recognitions["items"]) == 2
    assert {r["programme"]["slug"] for r in recognitions["items"]} == {"excellent-cases"}
    assert recognitions["items"][0]["country"] == {"code": "ET", "name": "Ethiopia"}
    assert {r["year"] for r in recognitions["items"]} == {2023}
