"""Chinese texts of the parts of the 2023 edition (sub-forum, expo, competition, special
events, talent meeting...), in the order of demo/events_parts.py."""

from demo.zh.spec import bullets, p, page

SPECIAL_EVENT = "在峰会永久会址举办的三场特色活动之一。"


def part(slug, **fields):
    return page(("summits", "2023", slug), **fields)


PAGES = [
    part(
        "zhejiang-sub-forum",
        title="浙江分论坛",
        theme="数字经济引领现代化产业体系建设",
        listing_summary="2023年乌镇峰会规模最大、规格最高的分论坛。",
        body=[
            p(
                "作为本届峰会规模最大、规格最高的分论坛，浙江分论坛邀请了15位海内外院士、"
                "专家和企业家登台发言，围绕数字经济如何引领现代化产业体系建设展开交流。"
            )
        ],
        rows={"figures": [{"label": "演讲嘉宾：海内外院士、专家和企业家"}]},
    ),
    part(
        "light-of-the-internet-expo",
        title="“互联网之光”博览会",
        listing_summary="博览会迎来第十个年头，线上线下同步举办。",
        body=[
            p(
                "迎来十周年的“互联网之光”博览会，境外参展商数量创下新高。数字人担任讲解员，"
                "未来生活数字体验馆让观众提前感受数字化的日常生活，“拾光”纪念活动则吸引了"
                "众多观众参与。"
            )
        ],
        rows={
            "figures": [
                {"label": "参展企业", "note": "境外参展商数量创新高"},
                {"label": "参展企业来自的国家和地区"},
            ]
        },
    ),
    part(
        "straight-to-wuzhen-competition",
        title="“直通乌镇”全球互联网大赛",
        listing_summary="来自23个国家的参赛项目角逐决赛席位。",
        body=[
            p(
                "大赛设人工智能、车联网、数字海洋、航天等赛道。在1005个报名参赛的项目中，"
                "81个项目闯入决赛。"
            )
        ],
        rows={
            "figures": [
                {"label": "参赛项目"},
                {"label": "参赛项目来自的国家"},
                {"label": "入围决赛的项目"},
            ],
            "tracks": [
                {"name": "人工智能"},
                {"name": "车联网"},
                {"name": "数字海洋"},
                {"name": "航天"},
            ],
        },
    ),
    part(
        "digital-economy-industry-cooperation-conference",
        title="数字经济产业合作大会",
        listing_summary=SPECIAL_EVENT,
        body=[p("大会现场签约项目70多个，总金额超过1000亿元。")],
        rows={"figures": [{"label": "签约项目"}, {"label": "签约总金额", "unit": "元"}]},
    ),
    part(
        "digital-yangtze-river-delta-development-conference",
        title="数字长三角发展大会",
        listing_summary=SPECIAL_EVENT,
        body=[p("长三角各城市在会上共同启动“长三角智能产业百强”和“乌镇对话”两项合作机制。")],
    ),
    part(
        "common-prosperity-digital-empowerment-exhibition",
        title="数字赋能共同富裕示范区建设展",
        listing_summary=SPECIAL_EVENT,
        body=[p("展览集中呈现数字技术如何助力浙江高质量发展建设共同富裕示范区。")],
    ),
    part(
        "talent-matchmaking-meeting",
        title="人才对接会",
        listing_summary="首次以线上线下相结合的方式举办。",
        body=[p("人才对接会首次线上线下同步举行，1200余家用人单位带来1万多个就业岗位。")],
        rows={"figures": [{"label": "用人单位"}, {"label": "提供岗位"}]},
    ),
    part(
        "cultural-programme",
        title="文化活动",
        listing_summary="XR演出、特色游览线路和“百县千碗”美食。",
        body=[
            p(
                "嘉宾可以观看XR演出《云上乌镇·互联网重生》，沿着“梦里水乡”“古镇游”等9条"
                "游览线路走走看看，还能品尝“百县千碗”特色菜肴。"
            )
        ],
        rows={"figures": [{"label": "游览线路"}]},
    ),
    part(
        "smart-services",
        title="智慧服务",
        listing_summary="为峰会嘉宾提供便利的数字化服务。",
        body=[
            bullets(
                "“乌镇峰会一站通”小程序",
                "大气环境监测超级站",
                "元宇宙3D打印",
                "人工智能中医诊断",
                "未来生活数字体验中心：嘉宾在这里见到自己的数字分身",
            )
        ],
    ),
    part(
        "world-internet-science-and-technology-museum-opening",
        title="世界互联网科技馆开馆",
        listing_summary="“永不落幕的乌镇峰会，一年365天”。",
        body=[
            p(
                "峰会期间，世界互联网科技馆首次向公众开放。场馆展陈面积约7000平方米，设六大"
                "主题展区，让峰会在闭幕之后依然“永不落幕”。"
            )
        ],
        rows={"figures": [{"label": "展陈面积"}, {"label": "主题展区"}]},
    ),
]
