#!/usr/bin/env python3
"""Writes the place gazetteer of the NER model (src/main/resources/models/ner/places.txt).

Input: the province, prefecture and county lists (dist/provinces.csv, cities.csv, areas.csv) of
modood/Administrative-divisions-of-China (MIT licence), which transcribe the National Bureau of
Statistics' 2023 statistical division codes (统计用区划代码), the codes of GB/T 2260 at county
level and above. Only names are kept, no codes. Besides every official name, its short form:
the name without its level (省, 市, 县, 区, 地区, 盟, 旗, 林区, 新区, 特别行政区) or without its
ethnic groups and 自治州/县/旗/区, when two chars or more remain (云溪县 -> 云溪,
延边朝鲜族自治州 -> 延边). Generic names that are ordinary words or placeholders are left out.
The three provincial-level divisions the NBS list leaves out (Hong Kong, Macao, Taiwan) are added
with their GB/T 2260 names.

Usage: gazetteer-places.py DIR_WITH_THE_THREE_CSV_FILES > places.txt
"""
import csv
import re
import sys

GENERIC = {"市辖区", "城区", "郊区", "矿区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划",
           "乌拉盖管理区管委会", "大柴旦行政委员会"}
RENAMED = {"中沙群岛的岛礁及其海域": "中沙群岛"}
ETHNIC = ("蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 "
          "东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 "
          "俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各").split()
AUTONOMOUS = re.compile("^(.+?)(?:(?:%s)族?)+自治[州县旗区]$" % "|".join(sorted(ETHNIC, key=len, reverse=True)))
LEVELS = ["特别行政区", "自治区", "地区", "林区", "新区", "省", "市", "县", "区", "盟", "旗"]


def short_form(name):
    m = AUTONOMOUS.match(name)
    if m and len(m.group(1)) >= 2:
        return m.group(1)
    for level in LEVELS:
        if name.endswith(level):
            return name[: -len(level)]
    return ""


def main(folder):
    names = {"香港特别行政区", "香港", "澳门特别行政区", "澳门", "台湾省", "台湾"}
    for f in ("provinces.csv", "cities.csv", "areas.csv"):
        with open(f"{folder}/{f}", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                name = RENAMED.get(row["name"], row["name"])
                if name in GENERIC:
                    continue
                names.add(name)
                short = short_form(name)
                if len(short) >= 2:
                    names.add(short)
    for name in sorted(names):
        print(name)


if __name__ == "__main__":
    main(sys.argv[1])
