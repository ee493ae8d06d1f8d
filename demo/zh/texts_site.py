"""Chinese texts of the home page, the About page and the news index."""

from demo.zh.spec import bullets, heading, p, page

HOME = page(
    (),
    title="世界互联网大会乌镇峰会资讯门户",
    seo_title="世界互联网大会乌镇峰会：新闻、议程与奖项",
    listing_summary="世界互联网大会乌镇峰会的新闻报道、议程活动与奖项荣誉。",
    intro=(
        "<p>汇集世界互联网大会乌镇峰会的新闻报道、议程活动与奖项荣誉：从2014年首届峰会，"
        "到2023年的第十届，一站读懂这座浙江水乡与互联网的十年之约。</p>"
    ),
)

ABOUT = page(
    ("about",),
    title="关于本站",
    seo_title="关于本站：世界互联网大会乌镇峰会资讯门户",
    listing_summary="本站报道哪些内容，信息又从何而来。",
    body=[
        p(
            "本站持续关注世界互联网大会及其年度乌镇峰会。自2014年起，峰会每年在浙江省桐乡市的"
            "千年水乡乌镇举办。我们按届整理峰会的议程、分论坛与各项活动，记录在峰会上颁发的"
            "奖项与荣誉，并汇集相关的新闻报道。"
        ),
        heading("在这里可以看到什么"),
        bullets(
            "峰会：历届峰会的主题、会期、举办地和关键数据。",
            "新闻：峰会综述与现场报道，并注明原始来源。",
            "奖项：各奖项与荣誉项目、逐年评选情况，以及获得表彰的个人和机构。",
        ),
        p(
            "本站首先深入报道的是2023年乌镇峰会。这是第十届峰会，来自126个国家和地区的嘉宾"
            "齐聚一堂。"
        ),
        heading("中英文名称"),
        p(
            "峰会举办地乌镇（Wuzhen）隶属浙江省（Zhejiang）桐乡市（Tongxiang），大会的英文名称是"
            "World Internet Conference（WIC）。站内搜索中文和英文名称均可。"
        ),
    ],
)

NEWS_INDEX = page(
    ("news",),
    title="新闻",
    seo_title="新闻：世界互联网大会乌镇峰会报道",
    listing_summary="世界互联网大会乌镇峰会的综述与现场报道。",
    intro="<p>世界互联网大会乌镇峰会的综述与现场报道，每篇均注明原始来源。</p>",
)
