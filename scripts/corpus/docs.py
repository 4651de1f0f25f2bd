"""The corpus documents: which reports each page carries, on which site, in which encoding.

Every entry is one file under corpus/ (zip and warc entries hold several pages). The gold file of
an entry is src/test/resources/gold/<path>.json. corpus/README.md describes what each one tests.
"""

HUODONG = ["范文大全", "工作总结", "活动总结"]

DOCS = [
    # --- the seed's shape, saved as text: breadcrumb, 栏目, (3篇), 发布时间, 第k篇, trailer
    dict(path="txt/fanwen-a-saved-page-yuedu-3pian.txt",
         note="The seed page's shape saved as text: breadcrumb line, 栏目, title with (3篇), 发布时间:, a generic title line, 第1篇…第3篇 (part 1 has a degraded marker title followed by the real title line), report 2 an edited copy of report 1 (half-width punctuation, last section dropped), placeholder dates 20__年 in report 3, download/recommendation trailer.", kind="seedtxt", root="优选范文网",
         crumbs=HUODONG, title="全民阅读活动总结(3篇)", published="2023-05-20",
         generic_title="全民阅读活动总结",
         reports=["yuedu-2023-a", "yuedu-2023-b", "dushuri-school-20xx"],
         marker_titles={1: "2023全民阅读月活动总结"}, repeat_title=(1,)),
    # --- site A (优选范文网), UTF-8, one long report
    dict(path="html/fanwen-a-utf8-anquanyue-liuwan.html",
         note="Site A template; UTF-8 with meta charset; one long report with 一、 and run-in （一） sections; original of the edited copy on site B.", kind="html", site="A", enc="utf-8",
         meta="utf-8", crumbs=HUODONG, published="2023-07-03", slug="20230703/4512",
         reports=["anquanyue-liuwan"]),
    # --- site B (笔杆子文库), GB2312 bytes, no charset anywhere: an edited copy of the above
    dict(path="html/wenku-b-gb2312-nometa-anquanyue-tonglin.html",
         note="Site B template; GB2312 bytes and no charset declaration; <br />-separated paragraphs with ideographic-space indent; the 柳湾区 report copied with the district renamed to 桐林区, one paragraph dropped, half-width punctuation.", kind="html", site="B",
         enc="gb2312", meta=None, crumbs=["总结报告", "活动总结"], published="2023-08-15",
         slug="9931", reports=["anquanyue-tonglin"]),
    # --- site A, GBK bytes declared as UTF-8
    dict(path="html/fanwen-a-gbk-wrongmeta-utf8-shuangjian.html",
         note="Site A; GBK bytes under <meta charset=utf-8> (bytes must win); school 双减 report; two sections of it are lifted by html/diyi-c-utf8-shuangjian-dongping-lifted.html.", kind="html", site="A", enc="gbk",
         meta="utf-8", crumbs=["范文大全", "工作总结", "学校工作总结"], published="2023-01-12",
         slug="20230112/2207", reports=["shuangjian-yunxi-shiyan"]),
    # --- site A, three reports as 篇一：/篇二：/篇三：
    dict(path="html/fanwen-a-utf8-jiaoshi-pianyi.html",
         note="Site A; three short reports marked 篇一：/篇二：/篇三： with identical titles, a 小编 intro before the first marker that belongs to no report; placeholders 20__年, __市, XX中学.", kind="html", site="A", enc="utf-8",
         meta="utf-8", crumbs=["范文大全", "工作总结", "个人工作总结"], published="2022-12-19",
         slug="20221219/1893", title="教师个人年度工作总结(精选3篇)", split="pianyi",
         intro="年度工作总结是对一年来工作的回顾和检查。下面是小编为大家整理的教师个人年度工作总结，供大家参考借鉴，希望可以帮助到有需要的朋友。",
         reports=["jiaoshi-geren-1", "jiaoshi-geren-2", "jiaoshi-geren-3"]),
    # --- 青岚市人民政府 portal, 政府工作报告 extract
    dict(path="html/gov-qinglan-utf8-zhengfu-gongzuo-baogao-2023.html",
         note="Government portal (青岚市人民政府): 当前位置, 索引号/发布机构/成文日期/发布日期 table (成文日期 differs from 发布日期), 字号大中小, 打印本页/关闭窗口, 主办单位/ICP footer; 政府工作报告 extract with subtitle line, speaker line and many figures (亿元, %, 万人次, 以上/左右).", kind="html", site="GQ",
         enc="utf-8", meta="utf-8", crumbs=["政务公开", "政府工作报告"], published="2023-01-18",
         govmeta=dict(index="113307000020012345/2023-00012", cls="综合政务", org="青岚市人民政府办公室",
                      written="2023-01-16", source="青岚市人民政府办公室"),
         reports=["zfgzbg-qinglan-2023"]),
]
