"""Page templates of the made-up sites the corpus pretends to have scraped.

Each site has its own chrome (navigation, breadcrumb, date line, download block, related links,
footer) so that template lines repeat across the pages of one site, as they do on real sites.
Every function returns the page as a str; the caller encodes it.
"""

import hashlib
import html

E = html.escape


def _pick(pool, key, n):
    """A stable, page-dependent choice of n related titles."""
    h = int(hashlib.sha1(key.encode("utf-8")).hexdigest(), 16)
    out = []
    for i in range(len(pool)):
        t = pool[(h + i * 7) % len(pool)]
        if t not in out:
            out.append(t)
        if len(out) == n:
            break
    return out


def meta_tag(meta, style):
    if meta is None:
        return ""
    if style == "http-equiv":
        return f'<meta http-equiv="Content-Type" content="text/html; charset={meta}">\n'
    return f'<meta charset="{meta}">\n'


# ---------------------------------------------------------------- site A: 优选范文网
A_POOL = [
    "2023年植树节活动总结范文", "学校安全教育月活动总结", "社区学雷锋志愿服务活动总结", "消防安全宣传月活动总结",
    "世界环境日宣传活动总结(通用5篇)", "禁毒宣传活动总结", "重阳节敬老活动总结", "国家安全教育日活动总结",
    "教师个人工作总结2023", "3·15消费者权益日活动总结", "端午节主题活动总结", "垃圾分类宣传活动总结",
]


def site_a(d, body_html):
    slug = d["slug"]
    crumbs = " &gt; ".join(f'<a href="/{E(c)}/">{E(c)}</a>' for c in d["crumbs"])
    related = "\n".join(
        f'<li><a href="/gongzuozongjie/{i + 3100}.html">{E(t)}</a></li>'
        for i, t in enumerate(_pick(A_POOL, d["path"], 6)))
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
{meta_tag(d.get("meta"), d.get("meta_style", "html5"))}<title>{E(d["title"])}_优选范文网</title>
<meta name="keywords" content="{E(d["title"])},工作总结,活动总结范文">
<meta name="description" content="优选范文网为您提供{E(d["title"])}，欢迎阅读参考。">
<link rel="canonical" href="http://www.fanwen-example.cn/gongzuozongjie/{slug}.html">
<link rel="stylesheet" href="/static/css/style.css">
</head>
<body>
<div class="topbar"><span>欢迎来到优选范文网！</span><a href="/">设为首页</a> | <a href="/">加入收藏</a> | <a href="/m/">手机版</a></div>
<div class="header">
<a class="logo" href="/">优选范文网</a>
<form class="search" action="/search/"><input name="q" placeholder="请输入关键词"><button>搜索</button></form>
</div>
<div class="nav"><ul>
<li><a href="/">首页</a></li><li><a href="/gongzuozongjie/">工作总结</a></li><li><a href="/gongzuojihua/">工作计划</a></li><li><a href="/xindetihui/">心得体会</a></li><li><a href="/shuzhibaogao/">述职报告</a></li><li><a href="/yanjianggao/">演讲稿</a></li><li><a href="/cehuafangan/">策划方案</a></li>
</ul></div>
<div class="ad ad-top"><a href="/ad/1">【广告】公文写作不求人，海量范文免费下载</a></div>
<div class="crumbs"><a href="/">首页</a> &gt; {crumbs}</div>
<div class="main">
<div class="article">
<h1>{E(d["title"])}</h1>
<div class="info">发布时间：{d["published"]} <span>作者：小编</span> <span>阅读：{1000 + len(d["path"]) * 17}</span></div>
<div class="content" id="article-content">
{body_html}
</div>
<div class="downbox">
<p class="docname">《{E(d["title"])}.doc》</p>
<p>将本文的Word文档下载,方便收藏和打印</p>
<p>推荐度:<span class="star">★★★★★</span></p>
<a class="btn-down" href="/download/{slug}.doc" rel="nofollow">点击下载文档</a>
<a class="btn-copy" href="javascript:void(0)">一键复制</a>
</div>
<div class="share">分享到：<a>微信</a> <a>QQ空间</a> <a>新浪微博</a></div>
<div class="related">
<h3>相关范文</h3>
<ul>
{related}
</ul>
</div>
</div>
<div class="sidebar">
<h3>热门推荐</h3>
<ul><li><a href="/x/1.html">个人工作总结范文大全</a></li><li><a href="/x/2.html">年终总结开头语精选</a></li><li><a href="/x/3.html">述职报告写作格式</a></li></ul>
<div class="ad ad-side"><a href="/ad/2">广告：PPT模板会员限时5折</a></div>
</div>
</div>
<div class="footer">
<p><a href="/about/">关于我们</a> | <a href="/contact/">联系我们</a> | <a href="/sitemap.html">网站地图</a> | <a href="/copyright/">版权声明</a></p>
<p>Copyright &copy; 2016-2023 优选范文网 www.fanwen-example.cn 版权所有</p>
<p>本站部分文章来源于网络，如有侵权请联系删除。 粤ICP备16000000号-2</p>
</div>
<script src="/static/js/copy.js"></script>
</body>
</html>
"""


def body_a(d, reports):
    """Site A: <p> paragraphs; level-1 headings in <strong>; several reports marked as configured."""
    out = []
    if d.get("intro"):
        out.append(f"<p>{E(d['intro'])}</p>")
    for k, (r, title) in enumerate(reports, 1):
        split = d.get("split")
        if split == "dipian":
            out.append(f'<h2 class="pian">第{k}篇 {E(title)}</h2>')
        elif split == "pianyi":
            out.append(f"<p><strong>篇{CN[k]}：{E(title)}</strong></p>")
        for p in r.paragraphs:
            if (p, 1) in r.sections:
                out.append(f"<p><strong>{E(p)}</strong></p>")
            else:
                out.append(f"<p>{E(p)}</p>")
    return "\n".join(out)


CN = "零一二三四五六七八九十"

# ---------------------------------------------------------------- site B: 笔杆子文库
B_POOL = [
    "2022年社区工作总结", "街道办事处年度工作总结", "公司年终工作总结报告", "个人年度总结简短",
    "学校消防演练活动总结", "企业安全生产月活动总结", "乡镇年度工作总结", "部门年度工作总结及明年计划",
]


def site_b(d, body_html):
    crumbs = "&nbsp;&raquo;&nbsp;".join(f'<a href="/list/{i}/">{E(c)}</a>' for i, c in enumerate(d["crumbs"], 1))
    y, m, dd = d["published"].split("-")
    related = "\n".join(
        f'<li><span>{y}-{m}-{max(1, int(dd) - i % 3):02d}</span><a href="/a/{8800 + i}.html">{E(t)}</a></li>'
        for i, t in enumerate(_pick(B_POOL, d["path"], 5)))
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
{meta_tag(d.get("meta"), d.get("meta_style", "http-equiv"))}<title>{E(d["title"])} - 笔杆子文库</title>
<meta property="og:url" content="https://www.bigan-wenku.com/a/{d["slug"]}.html" />
</head>
<body>
<div id="top"><div class="w"><a href="/">笔杆子文库</a> - 专业的总结报告范文网站 <span class="r"><a href="/login">登录</a> <a href="/reg">注册</a></span></div></div>
<div id="menu" class="w"><a href="/">首页</a><a href="/list/1/">总结报告</a><a href="/list/2/">工作计划</a><a href="/list/3/">党团范文</a><a href="/list/4/">讲话致辞</a><a href="/list/5/">合同协议</a></div>
<div class="gg"><script>show_ad("top_728")</script>广告位招租 QQ:80000000</div>
<div class="w">
<div class="place">您现在的位置：<a href="/">笔杆子文库</a>&nbsp;&raquo;&nbsp;{crumbs}&nbsp;&raquo;&nbsp;正文</div>
<div id="left">
<div class="title"><h1>{E(d["title"])}</h1></div>
<div class="pubinfo">发布日期：{y}年{m}月{dd}日 &nbsp; 作者：佚名 &nbsp; 来源：网络整理 &nbsp; <a href="javascript:copyText()">一键复制</a></div>
<div id="art">
{body_html}
</div>
<div class="copybtn"><a href="javascript:copyText()">一键复制全文</a> <a href="/down/{d["slug"]}">下载本文</a></div>
<div class="bshare">分享：<a class="wx">微信</a><a class="qq">QQ</a><a class="wb">微博</a><a class="db">豆瓣</a></div>
<div class="gg"><script>show_ad("art_bottom")</script></div>
<div class="xg"><h4>相关推荐</h4>
<ul>
{related}
</ul></div>
</div>
</div>
<div id="foot">
<p><a href="/about.html">关于我们</a> | <a href="/lx.html">联系我们</a> | <a href="/mz.html">免责声明</a> | <a href="/map.html">网站地图</a></p>
<p>&copy;2023 笔杆子文库 bigan-wenku.com 版权所有 京ICP备20000000号</p>
</div>
</body>
</html>
"""


def body_b(d, reports):
    """Site B: one editor block, paragraphs indented with ideographic spaces and split by <br />."""
    out = []
    if d.get("intro"):
        out.append(f"　　{E(d['intro'])}<br />")
    split = d.get("split")
    for k, (r, title) in enumerate(reports, 1):
        if split == "bracket":
            out.append(f"<br /><strong>【篇{CN[k]}】{E(title)}</strong><br />")
        elif split == "repeat":
            out.append(f'<p align="center"><b>{E(title)}</b></p>')
        if split == "repeat":
            out.extend(f"<p>　　{E(p)}</p>" for p in r.paragraphs)
        else:
            out.extend(f"　　{E(p)}<br />" for p in r.paragraphs)
    return "\n".join(out)


# ---------------------------------------------------------------- site C: 第一范文站
C_POOL = [
    "市场监管局局长述职报告", "个人述职报告2023最新版", "小学双减工作总结", "植树节活动总结(精选2篇)",
    "禁毒宣传活动总结", "校长述职述廉报告", "副局长年度述职报告", "学校课后服务工作总结",
]


def site_c(d, body_html):
    crumbs = " &gt; ".join(f"<a href='/{i}/'>{E(c)}</a>" for i, c in enumerate(d["crumbs"], 1))
    related = "".join(
        f"<li><a href='/html/{5500 + i}.html' target='_blank'>{E(t)}</a></li>"
        for i, t in enumerate(_pick(C_POOL, d["path"], 6)))
    col = d["crumbs"][-1]
    return f"""<html>
<head>
{meta_tag(d.get("meta"), d.get("meta_style", "http-equiv"))}<title>{E(d["title"])}-第一范文站</title>
<link href="/css/main.css" rel="stylesheet" type="text/css">
</head>
<body bgcolor="#FFFFFF">
<table width="980" align="center"><tr><td><a href="/"><img src="/img/logo.gif" alt="第一范文站"></a></td><td align="right"><font color="#999999">第一范文站 - 免费范文下载</font></td></tr></table>
<div class="menu"><a href="/">网站首页</a> | <a href="/1/">工作总结</a> | <a href="/2/">述职报告</a> | <a href="/3/">活动总结</a> | <a href="/4/">心得体会</a> | <a href="/5/">教案</a></div>
<div class="position">当前位置：<a href="/">第一范文站</a> &gt; {crumbs} &gt; 正文</div>
<div class="left_box">
<div class="art_title"><h1>{E(d["title"])}</h1></div>
<div class="art_info">时间: {d["published"]} {d.get("time", "10:21:33")} | 栏目：{E(col)} | 点击: <script src="/count.php?id={len(d['path'])}"></script></div>
<div class="art_content">
{body_html}
</div>
<div class="down_box"><a href="/down.php?id={d["slug"]}"><img src="/img/down.gif" alt="点击下载文档"></a> 点击下载文档<br>文档为doc格式</div>
<div class="ztbox"><b>相关专题</b>：<a href="/zt/1/">活动总结</a> <a href="/zt/2/">述职报告范文</a></div>
<div class="xgfw"><b>相关范文</b><ul>{related}</ul></div>
</div>
<div class="foot">
<p>本站所有范文均来自网友投稿和网络收集，仅供学习参考。</p>
<p>Copyright &copy; 2008-2023 第一范文站 www.diyifanwen-demo.net All Rights Reserved. 蜀ICP备08000000号</p>
</div>
</body>
</html>
"""


def body_c(d, reports):
    """Site C: paragraphs indented with &nbsp; entities; several reports as "第k篇：title"."""
    out = []
    if d.get("intro"):
        out.append(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{E(d['intro'])}</p>")
    for k, (r, title) in enumerate(reports, 1):
        if d.get("split") == "dipian":
            out.append(f"<p><b>第{k}篇：{E(title)}</b></p>")
        for p in r.paragraphs:
            run_in = [h for h, lv in r.sections if lv >= 2 and p.startswith(h) and p != h]
            if run_in:
                h = run_in[0]
                out.append(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;<b>{E(h)}</b>{E(p[len(h):])}</p>")
            else:
                out.append(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{E(p)}</p>")
    return "\n".join(out)


# ---------------------------------------------------------------- 青岚市人民政府 portal
def gov_qinglan(d, body_html):
    crumbs = " &gt; ".join(f'<a href="/col/{i}/">{E(c)}</a>' for i, c in enumerate(d["crumbs"], 1))
    m = d["govmeta"]
    return f"""<!DOCTYPE html>
<html>
<head>
{meta_tag(d.get("meta"), d.get("meta_style", "http-equiv"))}<title>{E(d["title"])}_青岚市人民政府</title>
<meta name="SiteName" content="青岚市人民政府">
<meta name="ArticleTitle" content="{E(d["title"])}">
<meta name="PubDate" content="{d["published"]} 09:30">
<meta name="ColumnName" content="{E(d["crumbs"][-1])}">
</head>
<body>
<div class="gov-top"><div class="w1200"><span>青岚市人民政府</span><a href="#">无障碍</a> <a href="#">长者模式</a> <a href="#">简</a>/<a href="#">繁</a> <a href="#">English</a></div></div>
<div class="gov-banner"><img src="/images/banner.jpg" alt="青岚市人民政府 www.qinglan.gov.cn"></div>
<div class="gov-nav"><a href="/">首页</a><a href="/col/1/">政务公开</a><a href="/col/2/">政务服务</a><a href="/col/3/">互动交流</a><a href="/col/4/">走进青岚</a></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; {crumbs}</div>
<table class="xxgk-meta" cellspacing="0">
<tr><th>索引号：</th><td>{m["index"]}</td><th>分类：</th><td>{E(m["cls"])}</td></tr>
<tr><th>发布机构：</th><td>{E(m["org"])}</td><th>成文日期：</th><td>{m["written"]}</td></tr>
<tr><th>名称：</th><td colspan="3">{E(d["title"])}</td></tr>
<tr><th>文号：</th><td>{E(m.get("docno", ""))}</td><th>发布日期：</th><td>{d["published"]}</td></tr>
</table>
<div class="article">
<h1 class="art-title">{E(d["title"])}</h1>
<div class="art-info">发布时间：{d["published"]} 09:30 &nbsp; 来源：{E(m["source"])} &nbsp; 浏览次数：<span id="hits">2315</span> &nbsp; 字号：[ <a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a> ]</div>
<div class="TRS_Editor">
{body_html}
</div>
<div class="art-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a> <a href="#">【收藏】</a></div>
</div>
<div class="gov-foot">
<p><a href="/col/9/">网站地图</a> | <a href="/col/8/">联系我们</a> | <a href="/col/7/">使用帮助</a></p>
<p>主办单位：青岚市人民政府办公室 &nbsp; 承办单位：青岚市大数据发展管理局</p>
<p>联系电话：0579-88000000 &nbsp; 网站标识码：3307000001 &nbsp; 浙ICP备05000000号 &nbsp; 浙公网安备 33070202000001号</p>
</div>
</body>
</html>
"""


def body_gov(d, reports):
    """Portal editor output: indented <p>; headings of level 1 in <strong>, run-in ones too."""
    out = []
    for r, _ in reports:
        for p in r.paragraphs:
            run_in = [h for h, lv in r.sections if p.startswith(h) and p != h]
            if (p, 1) in r.sections:
                out.append(f'<p style="text-indent: 2em;"><strong>{E(p)}</strong></p>')
            elif run_in:
                h = run_in[0]
                out.append(f'<p style="text-indent: 2em;"><strong>{E(h)}</strong>{E(p[len(h):])}</p>')
            else:
                out.append(f'<p style="text-indent: 2em;">{E(p)}</p>')
    return "\n".join(out)


# ---------------------------------------------------------------- 云溪县人民政府 portal
def gov_yunxi(d, body_html):
    crumbs = " &gt; ".join(f'<a href="/xxgk/{i}/">{E(c)}</a>' for i, c in enumerate(d["crumbs"], 1))
    m = d["govmeta"]
    return f"""<!DOCTYPE html>
<html lang="zh">
<head>
{meta_tag(d.get("meta"), d.get("meta_style", "html5"))}<title>{E(d["title"])}-云溪县人民政府门户网站</title>
</head>
<body>
<header class="yx-head"><div class="logo">云溪县人民政府门户网站</div><div class="yx-date">今天是：<span id="today"></span></div><div class="yx-search"><input type="text" value="请输入关键字"><a>搜索</a></div></header>
<nav class="yx-nav"><a href="/">网站首页</a><a href="/xxgk/">信息公开</a><a href="/bsfw/">办事服务</a><a href="/hdjl/">互动交流</a><a href="/zjyx/">走进云溪</a></nav>
<div class="yx-pos">您当前所在位置：<a href="/">首页</a> &gt; {crumbs}</div>
<div class="yx-main">
<ul class="yx-attr">
<li><span>索 引 号：</span>{m["index"]}</li>
<li><span>发布机构：</span>{E(m["org"])}</li>
<li><span>主题分类：</span>{E(m["cls"])}</li>
<li><span>成文日期：</span>{m["written"]}</li>
<li><span>发布日期：</span>{d["published"]}</li>
<li><span>有 效 性：</span>有效</li>
</ul>
<h2 class="yx-title">{E(d["title"])}</h2>
<div class="yx-info">来源：{E(m["source"])} &nbsp; 时间：{d["published"]} &nbsp; 【字体：<a>大</a> <a>中</a> <a>小</a>】</div>
<div class="yx-content" id="zoom">
{body_html}
</div>
<div class="yx-tools"><a onclick="window.print()">打印本页</a> <a onclick="window.close()">关闭窗口</a></div>
</div>
<footer class="yx-foot">
<p>主办单位：云溪县人民政府办公室 &nbsp; 地址：云溪县城关镇人民路1号 &nbsp; 邮编：336500</p>
<p>网站标识码：3609000002 &nbsp; 赣ICP备12000000号-1 &nbsp; 赣公网安备 36092202000002号</p>
<p>建议使用1366*768分辨率浏览本站</p>
</footer>
</body>
</html>
"""


SITES = {
    "A": (site_a, body_a),
    "B": (site_b, body_b),
    "C": (site_c, body_c),
    "GQ": (gov_qinglan, body_gov),
    "GY": (gov_yunxi, body_gov),
}
