"""The Simplified Chinese edition of the demo: after load_demo, each English page of the 2023
story has a live Chinese translation with Chinese text, and a second run adds nothing."""

import datetime
import io
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from wagtail.models import Locale, Page, Revision

from awards.models import AwardEditionPage, AwardProgramPage, AwardsIndexPage, Recognition
from demo.zh import texts_summit
from demo.zh.loader import PAGES
from events.models import EventPage, SummitIndexPage, SummitPage
from live.models import LiveCoveragePage, LiveUpdate
from news.models import ArticlePage, NewsIndexPage
from portal.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db
CST = ZoneInfo("Asia/Shanghai")


@pytest.fixture
def demo():
    call_command("load_demo", stdout=io.StringIO())
    return Locale.objects.get(language_code="zh-hans")


def chinese(model, locale, **filters):
    return model.objects.filter(locale=locale, **filters).get()


def test_every_english_page_of_the_story_has_a_live_chinese_translation(demo):
    english = Locale.get_default()
    checked = 0
    for model in (
        HomePage,
        StandardPage,
        SummitIndexPage,
        SummitPage,
        EventPage,
        AwardsIndexPage,
        AwardProgramPage,
        AwardEditionPage,
        LiveCoveragePage,
        NewsIndexPage,
        ArticlePage,
    ):
        for page in model.objects.filter(locale=english):
            translation = page.get_translation(demo)
            assert translation.live and not translation.has_unpublished_changes
            assert translation.slug == page.slug or page.depth == 2
            assert translation.title != page.title
            assert any("\u4e00" <= ch <= "\u9fff" for ch in translation.title), translation.title
            checked += 1
    assert checked == len(PAGES)


def test_the_chinese_edition_parts_and_awards_carry_chinese_text_and_rows(demo):
    edition = chinese(SummitPage, demo, year=2023)
    assert "乌镇" in edition.title
    assert edition.theme == texts_summit.THEME
    assert edition.get_parent().specific.title == "乌镇峰会"
    labels = [row.display_label for row in edition.key_figures.all()]
    assert labels[0] == "参会国家和地区" and edition.key_figures.first().note == "创历史新高"
    assert [int(row.number) for row in edition.key_figures.all()] == [126, 1800, 90, 5]
    # The highlights lead to the Chinese pages, not back to the English edition.
    links = [row.link_page for row in edition.highlights.all() if row.link_page_id]
    assert len(links) == 5 and all(page.locale == demo for page in links)
    assert edition.highlights.first().title == "世界互联网大会领先科技奖首次颁发"
    assert "《网络主权：理论与实践》（4.0版）" in [
        row.display_title for row in edition.publications.all()
    ]

    # The parts and the awards: Chinese rows too.
    forum = chinese(EventPage, demo, slug="zhejiang-sub-forum")
    assert forum.title == "浙江分论坛" and forum.theme == "数字经济引领现代化产业体系建设"
    competition = chinese(EventPage, demo, slug="straight-to-wuzhen-competition")
    assert [track.name for track in competition.tracks.all()] == [
        "人工智能",
        "车联网",
        "数字海洋",
        "航天",
    ]
    assert "1005" in str(competition.body)
    honour = chinese(AwardProgramPage, demo, slug="ten-year-commemorative-honour")
    assert [c.name for c in honour.categories.all()] == ["真诚合作者", "优秀组织者", "特别贡献者"]
    cases = chinese(AwardEditionPage, demo, slug="2023", title="2023年精品案例")
    assert cases.summit.locale == demo and "乌镇" in cases.summit.title
    assert "埃塞俄比亚" in cases.listing_summary
    # The recognitions stay the English edition's records, not listed twice.
    assert not Recognition.objects.filter(edition=cases).exists()


def test_the_chinese_recap_and_live_coverage_keep_figures_date_source_times(demo):
    recap = chinese(ArticlePage, demo, slug="tenth-wuzhen-summit-closes")
    english = recap.get_translation(Locale.get_default())
    assert recap.live and recap.get_parent().title == "新闻"
    assert "乌镇峰会闭幕" in recap.title
    body = str(recap.body)
    for figure in ("126", "1800", "90", "580", "1005", "81", "7000", "1000亿元", "1200"):
        assert figure in body, figure
    assert texts_summit.THEME in body
    assert [block.block_type for block in recap.body] == [
        block.block_type for block in english.body
    ]
    assert recap.body[1].value["figures"][1]["qualifier"] == "超过"
    assert recap.dateline_place == "乌镇" and recap.dateline_date == datetime.date(2023, 11, 10)
    assert recap.get_dateline() == "乌镇11月10日电"
    assert recap.published_at == datetime.datetime(2023, 11, 11, 2, 52, 32, tzinfo=CST)
    assert recap.source.native_name == "浙江日报"
    assert recap.related_summit.locale == demo
    assert {row.page.locale_id for row in recap.related_page_links.all()} == {demo.pk}
    assert "世界互联网大会" in {tag.name for tag in recap.tags.all()}

    # The live coverage of the closing day: Chinese updates at the English times.
    page = chinese(LiveCoveragePage, demo, slug="closing-day-live")
    english_page = page.get_translation(Locale.get_default())
    assert page.title.startswith("直播") and page.status == english_page.status
    updates = list(LiveUpdate.objects.filter(page=page).order_by("posted_at"))
    times = list(english_page.updates.order_by("posted_at").values_list("posted_at", flat=True))
    assert [update.posted_at for update in updates] == times and len(times) == 11
    assert updates[0].posted_at.astimezone(CST).strftime("%H:%M") == "08:45"
    assert "乌镇" in updates[0].text and "126" in updates[1].text
    assert [u.is_key for u in updates] == list(
        english_page.updates.order_by("posted_at").values_list("is_key", flat=True)
    )


def test_a_second_run_adds_nothing_and_restores_the_chinese_text(demo):
    recap = chinese(ArticlePage, demo, slug="tenth-wuzhen-summit-closes")
    recap.title = "edited"
    recap.save_revision().publish()
    first = LiveUpdate.objects.filter(page__locale=demo).order_by("posted_at").first()
    LiveUpdate.objects.filter(pk=first.pk).update(text="<p>edited</p>")
    counts = (Page.objects.count(), Revision.objects.count(), LiveUpdate.objects.count())

    out = io.StringIO()
    call_command("load_demo", stdout=out)
    recap.refresh_from_db()
    assert "乌镇峰会闭幕" in recap.title
    assert Page.objects.count() == counts[0]
    assert Revision.objects.count() == counts[1] + 1  # only the restored article
    assert LiveUpdate.objects.count() == counts[2]
    first.refresh_from_db()
    assert "早上好" in first.text

    call_command("load_demo", stdout=(third := io.StringIO()))
    assert "nothing changed" in third.getvalue()
    assert Revision.objects.count() == counts[1] + 1


def test_one_edition_a_year_in_each_language(demo):
    edition = chinese(SummitPage, demo, year=2023)
    edition.full_clean()  # its English original has the same year
    english = edition.get_translation(Locale.get_default())
    twin = SummitPage(
        title="Twin",
        slug="2023",
        year=2023,
        locale=english.locale,
        start=edition.start,
        end=edition.end,
    )
    with pytest.raises(ValidationError) as error:
        SummitPage.clean(twin)
    assert "year" in error.value.message_dict
