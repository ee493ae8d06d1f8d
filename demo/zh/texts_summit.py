"""Chinese texts of the summit series page and of the 2023 edition."""

from demo.zh.spec import p, page

THEME = "建设包容、普惠、有韧性的数字世界——携手构建网络空间命运共同体"
RECORD = "创历史新高"
TEN_YEARS = "十年间"

SERIES = page(
    ("summits",),
    title="乌镇峰会",
    seo_title="世界互联网大会乌镇峰会：历届回顾",
    series_name="世界互联网大会乌镇峰会",
    native_name="世界互联网大会",
    listing_summary="世界互联网大会在乌镇举办的历届峰会。",
    intro=(
        "<p>自2014年起，世界互联网大会每年在中国浙江省桐乡市的水乡古镇乌镇举办峰会，"
        "至2023年已走过十届。</p>"
    ),
)

EDITION = page(
    ("summits", "2023"),
    title="2023年世界互联网大会乌镇峰会",
    seo_title="2023年世界互联网大会乌镇峰会（第十届）",
    listing_summary=(
        "第十届世界互联网大会乌镇峰会于2023年11月8日至10日举行，来自126个国家和地区的嘉宾"
        "在乌镇现场和线上参会。"
    ),
    theme=THEME,
    theme_native="",  # the theme above is already in Chinese
    summary=(
        "从2014年首届峰会算起，世界互联网大会已在乌镇走过十年。第十届峰会以线上线下相结合的"
        "方式，在这座江南水乡再度拉开帷幕。"
    ),
    body=[
        p("本届峰会的讨论聚焦三大议题：全球发展倡议、经济社会的数字化与绿色化转型，以及人工智能。"),
        p(
            "回望十年，主办方用“从一叶小舟到一艘巨轮”来形容峰会的成长。自2014年以来，"
            "世界互联网大会每年都如期在乌镇相聚。"
        ),
    ],
    rows={
        "key_figures": [
            {"label": "参会国家和地区", "note": RECORD},
            {"label": "参会嘉宾"},
            {"label": "线下参会的国家和地区"},
            {"label": "峰会引进并落户桐乡的项目"},
        ],
        "host_city_indicators": [
            {"indicator": "桐乡数字经济企业数量", "change": "增长十倍", "period": TEN_YEARS},
            {"indicator": "国家高新技术企业", "period": TEN_YEARS},
            {"indicator": "高新技术产业占规上工业比重", "period": TEN_YEARS},
            {
                "indicator": "数字经济核心制造业增加值",
                "change": "年均增长25%",
                "period": TEN_YEARS,
            },
            {
                "indicator": "主导产业",
                "before_text": "“三丝一纺”：桑蚕丝、化纤丝、玻纤丝和纺织",
                "after_text": "“三智一网”：智能汽车、智能计算、智能传感和工业互联网",
                "period": TEN_YEARS,
            },
        ],
        "highlights": [
            {
                "title": "世界互联网大会领先科技奖首次颁发",
                "description": "由连续举办七年的领先科技成果发布活动升级而来，15个项目获奖。",
            },
            {
                "title": "首次颁发十周年纪念荣誉",
                "description": "分“真诚合作者”“优秀组织者”“特别贡献者”三类，表彰机构和个人。",
            },
            {
                "title": "全球青年领军者计划首期入选名单发布",
                "description": "首期18名青年来自五大洲的14个国家和地区。",
            },
            {
                "title": "世界互联网科技馆开馆",
                "description": "展陈面积约7000平方米，设六大主题展区，全年开放。",
            },
            {
                "title": "人才对接会首次线上线下同步举行",
                "description": "1200余家用人单位提供1万多个岗位。",
            },
        ],
        "publications": [
            {
                "title": "《网络主权：理论与实践》（4.0版）",
                "description": "2023年乌镇峰会期间发布。",
            },
            {"title": "《中国互联网发展报告2023》", "description": "2023年乌镇峰会期间发布。"},
            {"title": "《世界互联网发展报告2023》", "description": "2023年乌镇峰会期间发布。"},
        ],
    },
)

PAGES = [SERIES, EDITION]
