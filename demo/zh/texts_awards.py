"""Chinese texts of the awards index, the four programmes and their 2023 editions.

The recognitions (the two Excellent Cases the facts name) are records of the English
editions, not copied: a second set would show twice in the site-wide listings and the API.
The Chinese excellent-cases edition names the two in its own words."""

from demo.zh.spec import page

INDEX = page(
    ("awards",),
    title="奖项与荣誉",
    seo_title="世界互联网大会奖项与荣誉",
    listing_summary="世界互联网大会设立的奖项与荣誉项目，以及历年获得表彰的个人和机构。",
    intro="<p>在第十届世界互联网大会乌镇峰会上，四个奖项与荣誉项目首次亮相。</p>",
)


def programme(slug, *, edition_title, edition_summary, edition=None, **fields):
    return [
        page(("awards", slug), **fields),
        page(
            ("awards", slug, "2023"),
            title=edition_title,
            listing_summary=edition_summary,
            **(edition or {}),
        ),
    ]


PAGES = [
    INDEX,
    *programme(
        "leading-technology-award",
        title="世界互联网大会领先科技奖",
        short_name="领先科技奖",
        listing_summary="世界互联网大会表彰领先互联网技术的奖项，2023年首次颁发。",
        description=(
            "<p>领先科技奖于2023年乌镇峰会首次颁发。它的前身是峰会连续举办七年的世界互联网"
            "领先科技成果发布活动，今年起升级为奖项。</p>"
        ),
        edition_title="2023年领先科技奖",
        edition_summary="首届评选中，共有15个项目获奖。",
    ),
    *programme(
        "ten-year-commemorative-honour",
        title="十周年纪念荣誉",
        short_name="十周年荣誉",
        listing_summary="为纪念乌镇峰会举办十年而设，授予机构和个人。",
        description=(
            "<p>这一荣誉为第十届峰会专门设立，用以感谢十年来与大会一路同行、给予支持的机构"
            "和个人。</p>"
        ),
        eligibility="<p>机构和个人。</p>",
        rows={
            "categories": [
                {"name": "真诚合作者"},
                {"name": "优秀组织者"},
                {"name": "特别贡献者"},
            ]
        },
        edition_title="2023年十周年纪念荣誉",
        edition_summary="这一荣誉首次颁发，共分三类。",
    ),
    *programme(
        "global-young-leaders-program",
        title="全球青年领军者计划",
        short_name="青年领军者",
        listing_summary="2023年启动，面向塑造数字未来的青年。",
        description=(
            "<p>该计划汇聚世界各地致力于互联网未来发展的青年人才，首期入选名单在2023年乌镇"
            "峰会上公布。</p>"
        ),
        eligibility="<p>青年。</p>",
        edition_title="2023年全球青年领军者",
        edition_summary="首期入选者共18名青年，来自14个国家和地区。",
        edition={"counts_note": "来自亚洲、欧洲、非洲、北美洲和南美洲五大洲。"},
    ),
    *programme(
        "excellent-cases",
        title="携手构建网络空间命运共同体精品案例",
        short_name="精品案例",
        listing_summary="展示互联网跨越国界、改善人们生活的实践案例。",
        description="<p>精品案例集中展示各国和各类机构借助互联网携手合作、共享发展成果的生动实践。</p>",
        edition_title="2023年精品案例",
        edition_summary=(
            "2023年共发布13个案例，其中包括电子商务帮助埃塞俄比亚农民把咖啡卖向全世界、"
            "在线课堂帮助中国乡村青年开启新生活。"
        ),
    ),
]
